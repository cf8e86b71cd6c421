package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.port.FrameSink;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.Frame;

/**
 * The soak and latency run, not part of {@code mvn verify}: an emulated 16-channel glove streams
 * Palpa binary frames at 2 kHz through a socat pty for {@code palpa.soak} seconds; every frame must
 * arrive with its exact values, with zero lost, and the latency from the emulator's write to the
 * frame reaching the sink is reported as p50/p99/max. Run:
 * {@code mvn test -Dtest=PtySoakTest -Dpalpa.soak=600}
 */
@EnabledIfSystemProperty(named = "palpa.soak", matches = "\\d+",
        disabledReason = "the pty soak runs only when asked: -Dpalpa.soak=SECONDS")
class PtySoakTest {
    private static final int CHANNELS = 16;
    private static final double RATE_HZ = 2000;

    @TempDir
    Path dir;

    static byte[] frame(long seq) {
        int[] counts = new int[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            counts[c] = (int) (seq * (c + 1));
        }
        return PalpaFrames.data((int) (seq & 0xFFFF), (seq * 500) & 0xFFFFFFFFL, counts);
    }

    /** Checks every frame as it comes and keeps only latencies, so a long run needs little memory. */
    static final class CheckingSink implements FrameSink {
        final long[] latencies;
        final AtomicLong frames = new AtomicLong();
        final AtomicLong wrong = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        DeviceEmulator device;
        long firstRaw;
        private long lastRaw = -1;

        CheckingSink(int capacity) {
            latencies = new long[capacity];
        }

        @Override
        public void frame(Frame f) {
            long now = System.nanoTime();
            long raw = (long) f.value(0);
            boolean ok = lastRaw < 0 || raw == lastRaw + 1;
            for (int c = 0; c < CHANNELS && ok; c++) {
                ok = f.value(c) == (double) (int) (raw * (c + 1));
            }
            if (!ok) {
                wrong.incrementAndGet();
            }
            lastRaw = raw;
            int n = (int) frames.getAndIncrement();
            Long written = device.writtenAtNanos.remove(raw - firstRaw);
            if (written != null && n < latencies.length) {
                latencies[n] = now - written;
            }
        }

        @Override
        public void event(DeviceEvent event) {
            events.incrementAndGet();
        }

        @Override
        public void ended(String reason) {
        }
    }

    @Test
    void sixteenChannelsAt2kHz_throughAPty_loseNoFrame() throws Exception {
        int seconds = Integer.parseInt(System.getProperty("palpa.soak"));
        int total = (int) (seconds * RATE_HZ);
        DeviceEmulator.Mode.Palpa mode = new DeviceEmulator.Mode.Palpa(seq -> PalpaFrames.hello((int) (seq & 0xFFFF), 0,
                "soak-glove-16", "S16", "1.0.0", 12, (int) RATE_HZ, names()), total, RATE_HZ, 0, PtySoakTest::frame);
        CheckingSink sink = new CheckingSink(total);
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, mode);
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), Protocol.PALPA, 0, 2000))) {
            sink.device = device;
            transport.connect();
            sink.firstRaw = 4; // the emulator acknowledged STOP, IDENTIFY (+HELLO) and START first
            transport.start(sink);
            RecordingSink.await(seconds * 1.5 + 10, () -> sink.frames.get() >= total);
            SerialStats.Snapshot s = transport.stats().snapshot();
            long[] lat = Arrays.copyOf(sink.latencies, (int) Math.min(sink.frames.get(), total));
            Arrays.sort(lat);
            System.out.printf(Locale.ROOT, "soak: %d s, %d of %d frames, %d wrong, %d events; write-to-sink latency "
                            + "p50 %.2f ms, p99 %.2f ms, max %.2f ms%n%s%n", seconds, sink.frames.get(), total,
                    sink.wrong.get(), sink.events.get(), lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6,
                    lat[lat.length - 1] / 1e6, s.describe());
            assertThat(sink.frames.get()).isEqualTo(total);
            assertThat(sink.wrong.get()).isZero();
            assertThat(s.lostFrames() + s.checksumErrors() + s.otherErrors() + s.overrunBytes()).isZero();
        }
    }

    private static List<String> names() {
        String[] n = new String[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            n[c] = "s" + (c + 1);
        }
        return List.of(n);
    }
}
