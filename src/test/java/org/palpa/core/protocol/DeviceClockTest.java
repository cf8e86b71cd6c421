package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeviceClockTest {

    @Test
    void aDeviceClockRunning100ppmFast_isFollowedWithinAMillisecondDespiteArrivalJitter() {
        DeviceClock clock = new DeviceClock();
        SplittableRandom random = new SplittableRandom(3);
        long hostStart = 5_000_000_000L;
        long worstErrorNanos = 0;
        for (int i = 0; i < 60 * 100; i++) { // 60 s at 100 Hz
            long trueHostNanos = hostStart + i * 10_000_000L;
            long deviceMicros = Math.round(i * 10_000 * 1.0001); // the device crystal runs 100 ppm fast
            long arrival = trueHostNanos + 2_000_000 + random.nextLong(0, 4_000_000); // 2..6 ms USB latency
            long aligned = clock.toHostNanos(deviceMicros, arrival);
            if (i > 1000) {
                worstErrorNanos = Math.max(worstErrorNanos, Math.abs(aligned - (trueHostNanos + 4_000_000)));
            }
        }
        assertThat(clock.driftPpm()).isBetween(90.0, 110.0);
        assertThat(worstErrorNanos).isLessThan(1_000_000);
    }

    @Test
    void alignedTimes_neverGoBackwards_evenWhenArrivalsBunchUp() {
        DeviceClock clock = new DeviceClock();
        SplittableRandom random = new SplittableRandom(4);
        long last = Long.MIN_VALUE;
        for (int i = 0; i < 20_000; i++) {
            long arrival = 1_000_000_000L + (i / 50) * 25_000_000L + random.nextLong(0, 20_000_000); // bursts of 50
            long t = clock.toHostNanos(i * 500L, arrival);
            assertThat(t).isGreaterThan(last);
            last = t;
        }
    }

    @Test
    void aDeviceRestart_startsAFreshFitInsteadOfJumpingBack() {
        DeviceClock clock = new DeviceClock();
        long t1 = 0;
        for (int i = 0; i < 500; i++) {
            t1 = clock.toHostNanos(1_000_000_000L + i * 1000L, 10_000_000_000L + i * 1_000_000L);
        }
        long t2 = clock.toHostNanos(0, 10_000_000_000L + 600 * 1_000_000L);
        assertThat(t2).isGreaterThan(t1).isCloseTo(10_600_000_000L, org.assertj.core.data.Offset.offset(2_000_000L));
    }
}
