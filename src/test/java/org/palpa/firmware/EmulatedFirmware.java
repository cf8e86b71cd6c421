package org.palpa.firmware;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A reference firmware running in simavr behind a pseudo-terminal, started with
 * {@code firmware-interface/simulate.sh}: the first line it prints is the pty to open. Closing it
 * sends SIGTERM, as Ctrl+C or a service manager would.
 */
final class EmulatedFirmware implements AutoCloseable {
    private final Process process;
    final String pty;

    private EmulatedFirmware(Process process, String pty) {
        this.process = process;
        this.pty = pty;
    }

    /**
     * Why the emulator cannot run here, or null when it can: it needs cc, avr-gcc, and simavr's
     * library and headers (found with pkg-config).
     */
    static String missingTools() {
        for (String tool : List.of("cc", "avr-gcc", "pkg-config")) {
            if (!onPath(tool)) {
                return tool + " is not installed; the emulator test needs gcc, gcc-avr, avr-libc, pkg-config, simavr, "
                        + "libsimavr-dev and libelf-dev (.ci/run installs them)";
            }
        }
        try {
            Process p = new ProcessBuilder("pkg-config", "--exists", "simavr").start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(Path.of("/usr/include/simavr/sim_avr.h"))) {
                return "simavr is not installed: apt-get install simavr libsimavr-dev libelf-dev (.ci/run does)";
            }
        } catch (IOException | InterruptedException e) {
            return "pkg-config could not be run: " + e.getMessage();
        }
        return null;
    }

    /** Builds what is needed and starts {@code device} ("algometer" or "glove") with {@code args}. */
    static EmulatedFirmware start(String device, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "firmware-interface/simulate.sh", device));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(p.getErrorStream(), err), "simulate.sh-stderr");
        drain.setDaemon(true);
        drain.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = first.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            line = null;
        }
        if (line == null || !line.startsWith("/dev/")) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new IllegalStateException("simulate.sh " + device + " printed no pty path (first line: " + line
                    + "); its stderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
        return new EmulatedFirmware(p, line.trim());
    }

    /** Stops the emulator with SIGTERM; returns its exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to) {
        byte[] b = new byte[4096];
        try {
            for (int n; (n = in.read(b)) > 0; ) {
                synchronized (to) {
                    to.write(b, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
