package org.palpa.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.protocol.Decoded;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.sample.DeviceInfo;

/**
 * The reference glove firmware (firmware-interface/glove) in simavr, each finger's FSR divider fed
 * by its own column of firmware-interface/sim/traces/glove-fingers.csv, read over the pty.
 */
class EmulatedGloveTest {
    private static final Path TRACE = Path.of("firmware-interface/sim/traces/glove-fingers.csv");

    /** ADC = Vin * 1024 / Vref (ATmega328P datasheet, "ADC Conversion Result"), Vin from fsr.h's divider. */
    private static double expectedCounts(double newtons) {
        double millivolts = newtons <= 0 ? 0 : Math.round(5000 * newtons / (newtons + 10));
        return Math.min(1023, Math.floor(millivolts * 1024 / 5000));
    }

    private static double bestLag(ForceTrace trace, List<Decoded.Sample> samples) {
        double best = 0, bestError = Double.MAX_VALUE;
        for (int tenths = -200; tenths <= 200; tenths++) {
            double lag = tenths * 1e-4, error = 0;
            for (Decoded.Sample s : samples) {
                for (int finger = 0; finger < 5; finger++) {
                    double e = s.values()[finger] - expectedCounts(trace.at(finger, s.deviceMicros() / 1e6 - lag + 0.0003));
                    error += e * e;
                }
            }
            if (error < bestError) {
                bestError = error;
                best = lag;
            }
        }
        return best;
    }

    @Test
    void eachFingerReportsItsOwnTrace_inChannelOrder_andRatesAboveWhatTheLinkSustainsAreRefused() throws Exception {
        String missing = EmulatedFirmware.missingTools();
        assumeTrue(missing == null, missing);
        ForceTrace trace = ForceTrace.read(TRACE);
        try (EmulatedFirmware firmware = EmulatedFirmware.start("glove", TRACE.toString(), "--loop");
             PortSession s = new PortSession(firmware.pty)) {
            int from = s.received.size();
            assertThat(s.command(PalpaFrames.IDENTIFY)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            DeviceInfo d = ((Decoded.Hello) s.await(from, Decoded.Hello.class::isInstance, 1000).orElseThrow()).device();
            assertThat(List.of(d.model(), d.serialNumber(), d.firmwareVersion())).containsExactly("palpa-glove", "DEV0001", "1.0.0");
            assertThat(d.channelNames()).containsExactly("thumb", "index", "middle", "ring", "little");
            assertThat(d.nominalRateHz()).isEqualTo(200);

            assertThat(s.command(PalpaFrames.SET_RATE, (byte) 251, (byte) 0)).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(1));
            assertThat(s.command(PalpaFrames.START)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            List<Decoded.Sample> samples = s.awaitSamples(s.received.size(), 700, 60_000); // 3.5 s, more than the 3 s trace
            assertThat(samples).hasSizeGreaterThanOrEqualTo(700);
            samples = samples.subList(1, samples.size());
            for (int i = 1; i < samples.size(); i++) {
                assertThat(samples.get(i).deviceMicros() - samples.get(i - 1).deviceMicros()).isBetween(4_950L, 5_050L);
            }
            // Palpa's decoder carries the device clock on across the HELLO that answered IDENTIFY as across a
            // restart, which puts its times behind the firmware's by about the ACK before it: find that lag
            double lag = bestLag(trace, samples);
            assertThat(lag).isBetween(-0.0125, 0.0125);
            for (Decoded.Sample sample : samples) {
                double seconds = sample.deviceMicros() / 1e6 - lag;
                for (int finger = 0; finger < 5; finger++) {
                    // the five conversions of a frame take 0.6 ms after its timestamp
                    double a = expectedCounts(trace.at(finger, seconds)), b = expectedCounts(trace.at(finger, seconds + 0.0007));
                    assertThat(sample.values()[finger]).as("finger %d at %.4f s", finger, seconds)
                            .isBetween(Math.min(a, b) - 1, Math.max(a, b) + 1);
                }
            }
            assertThat(s.command(PalpaFrames.SET_RATE, (byte) 250, (byte) 0)).hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            assertThat(s.stats().checksumErrors() + s.stats().lengthErrors() + s.stats().contentErrors()).isZero();
            assertThat(firmware.stop()).isZero();
        }
    }
}
