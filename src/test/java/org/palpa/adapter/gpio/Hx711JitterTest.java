package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.palpa.core.hardware.Hx711Gain;
import org.palpa.core.hardware.Hx711Protocol;
import org.palpa.core.hardware.Hx711Reading;

/**
 * Measures the PD_SCK high-time jitter of the real driver loop on this JVM, on the real clock,
 * while another thread forces garbage collections, and checks that the driver discards exactly the
 * reads whose longest pulse passed the datasheet's 50 µs. The figures are printed, not asserted:
 * they describe this machine (see docs/performance.md), and a Pi's GPIO calls are slower.
 */
class Hx711JitterTest {
    private static final int READS = 20_000;

    @Test
    void theDriverDiscardsExactlyTheReadsWhoseLongestPulsePassed50Microseconds() throws Exception {
        Context pi = MockPi.context();
        try {
            MockDigitalInput dout = MockPi.input(pi, 5);
            MockDigitalOutput pdSck = MockPi.output(pi, 6);
            dout.mockState(DigitalState.LOW);
            Hx711Driver driver = new Hx711Driver("jitter", dout, pdSck, Hx711Gain.A_128, System::nanoTime);

            Thread collector = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    byte[][] garbage = new byte[2000][];
                    for (int i = 0; i < garbage.length; i++) {
                        garbage[i] = new byte[1024];
                    }
                    System.gc();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "gc-provoker");
            collector.setDaemon(true);
            collector.start();

            long[] longest = new long[READS];
            int discarded = 0;
            int mismatches = 0;
            for (int i = 0; i < READS; i++) {
                Hx711Reading r = driver.read(100);
                longest[i] = driver.lastLongestHighNanos();
                boolean tooLong = longest[i] > Hx711Protocol.MAX_HIGH_NANOS;
                boolean dropped = r instanceof Hx711Reading.Discarded d && d.reason() == Hx711Reading.Reason.PULSE_TOO_LONG;
                discarded += dropped ? 1 : 0;
                mismatches += tooLong == dropped ? 0 : 1;
                if (!dropped) {
                    assertThat(r).isEqualTo(new Hx711Reading.Valid(0));
                }
            }
            collector.interrupt();
            collector.join(2000);

            Arrays.sort(longest);
            System.out.printf(Locale.ROOT, "HX711 jitter: %d reads of 25 pulses; longest PD_SCK high per read: "
                            + "p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs; over 50 µs: %d reads (%.3f%%), "
                            + "all discarded%n", READS, longest[READS / 2] / 1e3, longest[READS * 99 / 100] / 1e3,
                    longest[READS * 999 / 1000] / 1e3, longest[READS - 1] / 1e3, discarded, 100.0 * discarded / READS);
            assertThat(mismatches).as("reads kept with a long pulse, or dropped without one").isZero();
            assertThat(longest[0]).as("a pulse is measured, not skipped").isPositive();
        } finally {
            pi.shutdown();
        }
    }
}
