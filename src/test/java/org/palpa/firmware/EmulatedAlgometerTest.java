package org.palpa.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.palpa.adapter.serial.SerialSettings;
import org.palpa.adapter.serial.SerialStats;
import org.palpa.adapter.serial.SerialTransport;
import org.palpa.app.port.FrameSink;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.Curve;
import org.palpa.core.calibration.CurveFitter;
import org.palpa.core.calibration.FitOutcome;
import org.palpa.core.calibration.FitType;
import org.palpa.core.protocol.Decoded;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * The reference algometer firmware (firmware-interface/algometer) running in simavr, its HX711 fed
 * by firmware-interface/sim/traces/algometer-steps.csv, read over the pty by Palpa's decoder and by
 * its serial transport. The tests share one emulator and run in order: the protocol first, the
 * transport after (it stops the device when it closes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatedAlgometerTest {
    private static final Path TRACE = Path.of("firmware-interface/sim/traces/algometer-steps.csv");
    /** Plateaus of the trace (start s, end s, newtons), each kept clear of its ramps by 50 ms. */
    private static final double[][] PLATEAUS = {{0.05, 0.45, 0}, {0.65, 0.95, 10}, {1.15, 1.45, 20}, {1.65, 1.95, 40},
        {2.15, 2.45, 60}};
    private static EmulatedFirmware firmware;
    private static ForceTrace trace;
    private static Curve curve;
    private static double tareCounts;

    @BeforeAll
    static void startTheEmulator() throws Exception {
        String missing = EmulatedFirmware.missingTools();
        assumeTrue(missing == null, missing);
        trace = ForceTrace.read(TRACE);
        firmware = EmulatedFirmware.start("algometer", TRACE.toString(), "--loop");
    }

    @AfterAll
    static void stopTheEmulator() throws Exception {
        if (firmware != null) {
            assertThat(firmware.stop()).as("simulate.sh exits cleanly on SIGTERM").isZero();
        }
    }

    @Test
    @Order(1)
    void identify_start_stream_andCalibratedCountsFollowTheTrace() {
        try (PortSession s = new PortSession(firmware.pty)) {
            int from = s.received.size();
            assertThat(s.command(PalpaFrames.IDENTIFY)).hasValueSatisfying(a -> assertThat(a.status()).isZero());
            Decoded.Hello hello = (Decoded.Hello) s.await(from, Decoded.Hello.class::isInstance, 1000).orElseThrow();
            DeviceInfo d = hello.device();
            assertThat(List.of(d.model(), d.serialNumber(), d.firmwareVersion())).containsExactly("palpa-algometer", "DEV0001",
                    "1.0.0");
            assertThat(d.channelNames()).containsExactly("probe");
            assertThat(d.nominalRateHz()).isEqualTo(80);
            assertThat(hello.adcBits()).isEqualTo(24);

            assertThat(s.command(PalpaFrames.START)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            int streamFrom = s.received.size();
            List<Decoded.Sample> samples = s.awaitSamples(streamFrom, 442, 60_000); // 5.5 s, more than the 4.6 s trace
            assertThat(samples).hasSizeGreaterThanOrEqualTo(442);
            // the first reading is the conversion that was waiting when START came; the HX711 paces the rest
            samples = samples.subList(2, samples.size());
            for (int i = 1; i < samples.size(); i++) {
                assertThat(samples.get(i).sequence()).isEqualTo(samples.get(i - 1).sequence() + 1);
                assertThat(samples.get(i).deviceMicros() - samples.get(i - 1).deviceMicros()).isBetween(12_450L, 12_550L);
            }
            assertThat(s.stats().checksumErrors() + s.stats().lengthErrors() + s.stats().contentErrors()).isZero();

            calibrateOnThePlateaus(samples);
            // Palpa's decoder carries the device clock on across a HELLO as across a restart, so after the HELLO
            // that answered IDENTIFY its times are a little (the ACK's 1.5 ms) behind the firmware's own; and a
            // reading is the HX711's latest conversion, up to one conversion period (12.5 ms) old. One lag
            // covers both, and must be within them.
            double lagSeconds = bestLag(samples);
            assertThat(lagSeconds).isBetween(-0.0125, 0.0125);
            for (Decoded.Sample sample : samples) {
                double seconds = sample.deviceMicros() / 1e6;
                assertThat(newtons(sample.values()[0])).as("at %.4f s, lag %.2f ms", seconds, lagSeconds * 1e3)
                        .isCloseTo(trace.at(0, seconds - lagSeconds), org.assertj.core.data.Offset.offset(0.05));
            }
        }
    }

    /** The constant delay, in 0.1 ms steps, that brings the calibrated samples closest to the trace. */
    private static double bestLag(List<Decoded.Sample> samples) {
        double best = 0, bestError = Double.MAX_VALUE;
        for (int tenths = -200; tenths <= 200; tenths++) {
            double lag = tenths * 1e-4, error = 0;
            for (Decoded.Sample s : samples) {
                double e = newtons(s.values()[0]) - trace.at(0, s.deviceMicros() / 1e6 - lag);
                error += e * e;
            }
            if (error < bestError) {
                bestError = error;
                best = lag;
            }
        }
        return best;
    }

    /** A bench calibration: the mean counts on each plateau against its force, fitted by Palpa's curve fitter. */
    private static void calibrateOnThePlateaus(List<Decoded.Sample> samples) {
        List<CalibrationPoint> points = new ArrayList<>();
        for (double[] p : PLATEAUS) {
            double mean = samples.stream().filter(s -> {
                double phase = (s.deviceMicros() / 1e6) % trace.period();
                return phase >= p[0] && phase <= p[1];
            }).mapToDouble(s -> s.values()[0]).average().orElseThrow();
            points.add(CalibrationPoint.loading(mean, p[2]));
        }
        tareCounts = points.get(0).counts();
        List<CalibrationPoint> net = points.stream().map(p -> CalibrationPoint.loading(p.counts() - tareCounts, p.newtons()))
                .toList();
        FitOutcome fit = CurveFitter.fit(FitType.LINEAR, net);
        assertThat(fit).isInstanceOf(FitOutcome.Fitted.class);
        curve = ((FitOutcome.Fitted) fit).curve();
    }

    private static double newtons(double counts) {
        return curve.newtons(counts - tareCounts);
    }

    @Test
    @Order(2)
    void setRate_identifyReportsIt_badRatesAndUnknownCommandsAreRefused_tareAndStopAreAnswered() {
        try (PortSession s = new PortSession(firmware.pty)) {
            assertThat(s.command(PalpaFrames.SET_RATE, (byte) 40, (byte) 0)).hasValueSatisfying(a -> assertThat(a.status()).isZero());
            int from = s.received.size();
            List<Decoded.Sample> at40 = s.awaitSamples(from, 42, 10_000);
            at40 = at40.subList(2, at40.size()); // the first may still be on the old schedule
            assertThat(at40).hasSize(40);
            for (int i = 1; i < at40.size(); i++) {
                assertThat(at40.get(i).deviceMicros() - at40.get(i - 1).deviceMicros()).isBetween(24_950L, 25_050L);
            }
            int helloFrom = s.received.size();
            assertThat(s.command(PalpaFrames.IDENTIFY)).isPresent();
            Decoded.Hello hello = (Decoded.Hello) s.await(helloFrom, Decoded.Hello.class::isInstance, 1000).orElseThrow();
            assertThat(hello.device().nominalRateHz()).as("HELLO gives the rate set").isEqualTo(40);

            assertThat(s.command(PalpaFrames.SET_RATE, (byte) 81, (byte) 0)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(1));
            assertThat(s.command(PalpaFrames.SET_RATE, (byte) 0, (byte) 0)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(1));
            assertThat(s.command(0x1F)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(2));
            assertThat(s.command(PalpaFrames.SET_RATE, (byte) 80, (byte) 0)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());

            int tareFrom = s.received.size();
            assertThat(s.command(PalpaFrames.TARE)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            assertThat(s.await(tareFrom, d -> d instanceof Decoded.Event e && e.kind() == DeviceEvent.Kind.TARE_DONE, 5000))
                    .as("EVENT tare done after the 16 readings the tare averages").isPresent();

            assertThat(s.command(PalpaFrames.STOP)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            int stopped = s.received.size();
            s.readFor(300);
            assertThat(s.samplesFrom(stopped)).as("no DATA after STOP's ACK").isEmpty();
            assertThat(s.stats().checksumErrors() + s.stats().lengthErrors()).isZero();
        }
    }

    @Test
    @Order(3)
    void palpasSerialTransport_withProtocolPalpaAndAuto_readsTheDeviceWithoutErrors_andTheForceVisitsEveryPlateau()
            throws Exception {
        assumeTrue(curve != null, "needs the calibration made by the first test");
        for (Protocol protocol : new Protocol[] {Protocol.PALPA, null}) {
            List<Frame> frames = java.util.Collections.synchronizedList(new ArrayList<>());
            try (SerialTransport t = SerialTransport.of(new SerialSettings(firmware.pty, protocol, 0, 2000))) {
                DeviceInfo d = t.connect();
                assertThat(t.protocol()).isEqualTo(Protocol.PALPA);
                assertThat(List.of(d.model(), d.serialNumber(), d.firmwareVersion())).containsExactly("palpa-algometer",
                        "DEV0001", "1.0.0");
                t.start(new FrameSink() {
                    @Override
                    public void frame(Frame frame) {
                        frames.add(frame);
                    }

                    @Override
                    public void event(DeviceEvent event) {
                    }

                    @Override
                    public void ended(String reason) {
                    }
                });
                int wanted = protocol == null ? 160 : 380; // counted, as the emulator may run slower than real time
                long end = System.nanoTime() + 60_000_000_000L;
                while (frames.size() < wanted && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                SerialStats.Snapshot st = t.stats().snapshot();
                assertThat(st.checksumErrors() + st.otherErrors() + st.lostFrames() + st.overrunBytes()).as(st.toString())
                        .isZero();
            }
            assertThat(frames.size()).isGreaterThanOrEqualTo(protocol == null ? 160 : 380);
            if (protocol != null) {
                // the firmware was tared by the second test at whatever force the trace then had: the plateaus
                // are the same distance apart, so each shows as a run of steady calibrated values
                double shift = newtons(frames.stream().mapToDouble(f -> f.value(0)).max().orElseThrow()) - 60;
                for (double[] p : PLATEAUS) {
                    long run = longestRun(frames, p[2] + shift);
                    assertThat(run).as("frames in a row at %.0f N", p[2]).isGreaterThanOrEqualTo(20);
                }
            }
        }
    }

    private static long longestRun(List<Frame> frames, double newtonsWanted) {
        long best = 0, run = 0;
        for (Frame f : frames) {
            run = Math.abs(newtons(f.value(0)) - newtonsWanted) < 0.05 ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
