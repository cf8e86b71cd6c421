package org.palpa.adapter.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two pseudo-terminals joined by socat, reachable as the symbolic links {@code host} and
 * {@code device} in a directory: Palpa opens one end, a {@link DeviceEmulator} the other. Killing
 * socat removes both ends, as unplugging a USB adapter removes its device node.
 */
final class PtyPair implements AutoCloseable {
    final Path host;
    final Path device;
    private Process socat;

    PtyPair(Path dir) throws IOException, InterruptedException {
        this.host = dir.resolve("palpa-host");
        this.device = dir.resolve("palpa-device");
        start();
    }

    static boolean socatInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** Starts socat and waits until both ends exist. */
    void start() throws IOException, InterruptedException {
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + device)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(host) && Files.exists(device))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                throw new IllegalStateException("socat did not create " + host + " and " + device);
            }
            Thread.sleep(5);
        }
    }

    /** Kills socat, as if the device were unplugged; returns when both ends are gone. */
    void kill() throws InterruptedException {
        socat.destroy();
        socat.waitFor(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((Files.exists(host) || Files.exists(device)) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            kill();
        }
    }
}
