package org.palpa.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.UncalibratedChannelException;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;

/** Counts are never judged as newtons: the one check every session's pipeline runs. */
class FrameProcessorUnitsTest {
    private static final DeviceInfo GLOVE = new DeviceInfo("sim-glove-raw", "SIM-1", "f",
            List.of(new Channel(0, "thumb", Unit.COUNTS), new Channel(1, "index", Unit.COUNTS)), 200);
    private static final DeviceInfo GAUGE = new DeviceInfo("gauge", "G1", "f", List.of(new Channel(0, "probe", Unit.NEWTON)), 100);

    private static FrameProcessor processor(DeviceInfo device, Target target) {
        return new FrameProcessor(device, FrameProcessor.nativeCalibrations(device), FilterSpec.parse("none"), target,
                TrackerSettings.forTarget(target), ProbeArea.ALGOMETER_TIP, h -> { });
    }

    @Test
    void givenChannelsOfCountsWithoutAProfile_whenTheTargetIsInNewtons_thenTheFirstChannelIsRefusedByName() {
        assertThatThrownBy(() -> processor(GLOVE, new Target(9, 11, Unit.NEWTON, 1000, RateBand.ANY)))
                .isInstanceOfSatisfying(UncalibratedChannelException.class, e -> {
                    assertThat(e.model()).isEqualTo("sim-glove-raw");
                    assertThat(e.channel()).isEqualTo("thumb");
                });
    }

    @Test
    void givenChannelsOfCountsWithoutAProfile_whenTheTargetIsInKilopascals_thenTheyAreRefusedToo() {
        assertThatThrownBy(() -> processor(GLOVE, new Target(90, 110, Unit.KILOPASCAL, 1000, RateBand.ANY)))
                .isInstanceOf(UncalibratedChannelException.class);
    }

    @Test
    void givenARawSessionInCounts_thenCountsPassThroughUnchangedAndAreJudgedInCounts() {
        FrameProcessor p = processor(GLOVE, new Target(1400, 1600, Unit.COUNTS, 1000, RateBand.ANY));
        p.process(new Frame(0, 0, new double[] {1500, 20}));
        assertThat(p.snapshot().smoothed()).containsExactly(1500, 20);
        assertThat(p.target(0).unit()).isEqualTo(Unit.COUNTS);
    }

    @Test
    void givenADeviceInNewtons_whenTheTargetIsInCounts_thenItIsRefused() {
        assertThatThrownBy(() -> processor(GAUGE, new Target(1400, 1600, Unit.COUNTS, 1000, RateBand.ANY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a target in counts");
    }
}
