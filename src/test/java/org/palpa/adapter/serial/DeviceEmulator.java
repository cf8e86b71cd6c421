package org.palpa.adapter.serial;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.palpa.core.protocol.Crc16;
import org.palpa.core.protocol.PalpaFrames;

/**
 * A device on the far end of a {@link PtyPair}, on threads of its own. It can play a Palpa device
 * (HELLO on IDENTIFY, DATA after START), a polled gauge (one reply per request), or a streaming
 * gauge (lines at a fixed rate after an optional start command). It records when it wrote each
 * frame so tests can measure latency.
 */
final class DeviceEmulator implements AutoCloseable {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final ConcurrentMap<Long, Long> writtenAtNanos = new ConcurrentHashMap<>();
    final CountDownLatch started = new CountDownLatch(1);
    private final InputStream in;
    private final OutputStream out;
    private volatile boolean closed;
    private long nextSequence = -1;
    private final Thread listener;
    private Thread streamer;

    private DeviceEmulator(Path end, Mode mode) throws IOException {
        this.out = new FileOutputStream(end.toFile());
        this.in = new FileInputStream(end.toFile());
        this.listener = new Thread(() -> listen(mode), "emulator-listen");
        listener.setDaemon(true);
        listener.start();
    }

    /** What the emulated device does. */
    sealed interface Mode {
        /**
         * A Palpa device: answers IDENTIFY with ACK and HELLO, streams {@code frames} DATA frames at
         * {@code rateHz} after START. Every frame it sends takes the next number of one counter that
         * starts at {@code firstSequence}; {@code hello} and {@code frame} build frames for a number.
         */
        record Palpa(LongFunction<byte[]> hello, int frames, double rateHz, long firstSequence,
                     LongFunction<byte[]> frame) implements Mode { }

        /** A polled gauge: answers each {@code request} with {@code reply(n)} for the n-th request. */
        record Polled(String request, LongFunction<String> reply) implements Mode { }

        /** A streaming device: after {@code startCommand} (or at once if empty) writes {@code line(n)} at {@code rateHz}. */
        record Streaming(String startCommand, int lines, double rateHz, LongFunction<String> line) implements Mode { }
    }

    static DeviceEmulator on(Path end, Mode mode) throws IOException {
        DeviceEmulator e = new DeviceEmulator(end, mode);
        if (mode instanceof Mode.Streaming s && s.startCommand().isEmpty()) {
            e.startStreaming(() -> e.stream(s.lines(), s.rateHz(), n -> s.line().apply(n).getBytes(StandardCharsets.US_ASCII)));
        }
        return e;
    }

    private void listen(Mode mode) {
        byte[] buf = new byte[4096];
        StringBuilder text = new StringBuilder();
        java.io.ByteArrayOutputStream frames = new java.io.ByteArrayOutputStream();
        try {
            int n;
            while (!closed && (n = in.read(buf)) > 0) {
                switch (mode) {
                    case Mode.Palpa p -> {
                        frames.write(buf, 0, n);
                        byte[] all = frames.toByteArray();
                        int used = palpaCommands(all, p);
                        frames.reset();
                        frames.write(all, used, all.length - used);
                    }
                    case Mode.Polled p -> {
                        text.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
                        int at;
                        while ((at = text.indexOf(p.request())) >= 0) {
                            text.delete(0, at + p.request().length());
                            long k = requests.getAndIncrement();
                            write(p.reply().apply(k).getBytes(StandardCharsets.US_ASCII), k);
                        }
                    }
                    case Mode.Streaming s -> {
                        text.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
                        if (!s.startCommand().isEmpty() && text.indexOf(s.startCommand()) >= 0) {
                            text.setLength(0);
                            requests.incrementAndGet();
                            startStreaming(() -> stream(s.lines(), s.rateHz(),
                                    k -> s.line().apply(k).getBytes(StandardCharsets.US_ASCII)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the pty went away: socat was killed
        }
    }

    /** Handles every whole command frame in {@code b}; returns how many bytes were used. */
    private int palpaCommands(byte[] b, Mode.Palpa p) throws IOException {
        int i = 0;
        while (i + PalpaFrames.OVERHEAD <= b.length) {
            if ((b[i] & 0xFF) != PalpaFrames.SYNC0 || (b[i + 1] & 0xFF) != PalpaFrames.SYNC1) {
                i++;
                continue;
            }
            int len = (b[i + 2] & 0xFF) | (b[i + 3] & 0xFF) << 8;
            if (i + PalpaFrames.OVERHEAD + len > b.length) {
                break;
            }
            int crc = (b[i + 11 + len] & 0xFF) | (b[i + 12 + len] & 0xFF) << 8;
            if (crc == Crc16.of(b, i + 2, 9 + len)) {
                int type = b[i + 4] & 0xFF;
                int seq = (b[i + 5] & 0xFF) | (b[i + 6] & 0xFF) << 8;
                requests.incrementAndGet();
                if (nextSequence < 0) {
                    nextSequence = p.firstSequence();
                }
                synchronized (this) {
                    write(PalpaFrames.ack((int) (nextSequence++ & 0xFFFF), 0, type, seq, 0), -1);
                    if (type == PalpaFrames.IDENTIFY) {
                        write(p.hello().apply(nextSequence++), -1);
                    }
                }
                if (type == PalpaFrames.START) {
                    startStreaming(() -> stream(p.frames(), p.rateHz(), k -> {
                        synchronized (this) {
                            return p.frame().apply(nextSequence++);
                        }
                    }));
                }
            }
            i += PalpaFrames.OVERHEAD + len;
        }
        return i;
    }

    private synchronized void startStreaming(Runnable body) {
        if (streamer == null) {
            streamer = new Thread(body, "emulator-stream");
            streamer.setDaemon(true);
            streamer.start();
            started.countDown();
        }
    }

    private void stream(int count, double rateHz, LongFunction<byte[]> item) {
        long periodNanos = (long) (1e9 / rateHz);
        long next = System.nanoTime();
        try {
            for (long k = 0; k < count && !closed; k++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                write(item.apply(k), k);
                next += periodNanos;
            }
        } catch (IOException e) {
            // unplugged mid-stream
        }
    }

    /** Writes raw bytes, such as line noise, between frames. */
    synchronized void write(byte[] bytes, long index) throws IOException {
        if (index >= 0) {
            writtenAtNanos.put(index, System.nanoTime());
        }
        out.write(bytes);
        out.flush();
        written.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        try {
            in.close();
            out.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
