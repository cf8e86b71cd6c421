package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * Every line protocol over a real pty: polled gauges are asked and answer, streaming devices are
 * started, and every reading arrives in order with its exact value in newtons.
 */
class GaugePtyTest {
    private static final double LBF = 4.4482216152605;
    private static final double KGF = 9.80665;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsSocat() {
        assumeTrue(PtyPair.socatInstalled(), "socat is not installed: apt-get install socat (.ci/run does)");
    }

    /** A protocol, what the emulated device says for reading n, and the newtons Palpa must make of it. */
    record Case(Protocol protocol, DeviceEmulator.Mode mode, int readings, LongFunction<double[]> newtons) {
        @Override
        public String toString() {
            return protocol.id();
        }
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case(Protocol.MARK10, new DeviceEmulator.Mode.Polled("?\r", n -> f("%.2f lbF\r\n", -0.25 * n)), 40,
                        n -> new double[] {-0.25 * n * LBF}),
                new Case(Protocol.IMADA, new DeviceEmulator.Mode.Polled("D\r", n -> f("%+07.2fKTO\r\n", 0.5 * n)), 30,
                        n -> new double[] {0.5 * n * KGF}),
                new Case(Protocol.SHIMPO, new DeviceEmulator.Mode.Polled("BA\r", n -> f("BA\r\n%+08.1fN\r\n", 1.5 * n)), 30,
                        n -> new double[] {1.5 * n}),
                new Case(Protocol.WAGNER, new DeviceEmulator.Mode.Streaming("CB\r", 60, 100, n -> f(" %.2f lbf\r\n", 0.1 * n)), 60,
                        n -> new double[] {0.1 * n * LBF}),
                new Case(Protocol.CSV, new DeviceEmulator.Mode.Streaming("", 300, 200, n -> f("%d,%.3f\r\n", n, n / 8.0)), 300,
                        n -> new double[] {n, n / 8.0}),
                new Case(Protocol.PALPA_ASCII, new DeviceEmulator.Mode.Streaming("C,IDENTIFY", 201, 200,
                        n -> n == 0 ? nmea("H,1,diy-algometer,D1,0.1,12,200,probe") : nmea(f("D,%d,%d,%d", n, n * 5000, 7 * n))), 200,
                        n -> new double[] {7.0 * (n + 1)})).map(Arguments::of);
    }

    static String nmea(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return f("$%s*%02X\r\n", body, sum);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyReading_arrivesInOrder_withItsExactValueInNewtons(Case c) throws Exception {
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, c.mode());
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), c.protocol(), 0, 2000))) {
            DeviceInfo info = transport.connect();
            RecordingSink sink = new RecordingSink();
            transport.start(sink);
            assertThat(RecordingSink.await(15, () -> sink.frames.size() >= c.readings()))
                    .as("%s readings: %d", c.protocol(), sink.frames.size()).isTrue();

            assertThat(info.channelCount()).isEqualTo(c.newtons().apply(0).length);
            if (c.protocol() != Protocol.PALPA_ASCII) {
                assertThat(info.channels()).allSatisfy(ch -> assertThat(ch.unit()).isEqualTo(Unit.NEWTON));
            }
            for (int n = 0; n < c.readings(); n++) {
                double[] expected = c.newtons().apply(n);
                double[] got = sink.frames.get(n).values();
                for (int ch = 0; ch < expected.length; ch++) {
                    assertThat(got[ch]).as("%s reading %d channel %d", c.protocol(), n, ch).isCloseTo(expected[ch], within(1e-9));
                }
            }
            if (c.protocol().isPolled()) {
                assertThat(device.requests.get()).as("requests the gauge answered").isGreaterThanOrEqualTo(c.readings());
            }
            SerialStats.Snapshot s = transport.stats().snapshot();
            assertThat(s.checksumErrors() + s.otherErrors() + s.lostFrames()).isZero();
        }
    }
}
