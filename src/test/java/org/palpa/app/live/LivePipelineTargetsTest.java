package org.palpa.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/** A live device's labels are known only once it connects; a plan naming another finger stops the session there. */
class LivePipelineTargetsTest {
    private static final Target THUMB = new Target(27, 33, Unit.NEWTON, 5_000, RateBand.ANY);

    /** A two-finger device that records whether it was started and closed. */
    private static final class TwoFingers implements Transport {
        boolean started;
        boolean closed;

        @Override
        public DeviceInfo connect() {
            return new DeviceInfo("two-fingers", "T2", "1",
                    List.of(new Channel(0, "thumb", Unit.NEWTON), new Channel(1, "index", Unit.NEWTON)), 100);
        }

        @Override
        public void start(FrameSink sink) {
            started = true;
        }

        @Override
        public boolean waitsForConsumer() {
            return false;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void givenATargetForAFingerTheDeviceLacks_whenStarted_thenTheErrorListsTheLabelsAndTheDeviceIsClosedUnstarted() {
        TwoFingers device = new TwoFingers();
        TargetPlan plan = new TargetPlan(null, Map.of("thumb", THUMB, "ring", THUMB), Set.of());
        LivePipeline pipeline = new LivePipeline(device, SessionSettings.of(THUMB, 1).withTargets(plan));

        assertThatThrownBy(pipeline::start).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the targets name unknown channel 'ring'; two-fingers has thumb, index");
        assertThat(device.closed).isTrue();
        assertThat(device.started).isFalse();
    }

    @Test
    void givenSettingsWithAPlan_thenTheSessionsTargetIsThePlansPrimaryAndDerivedThresholdsScalePerChannel() {
        Target index = new Target(13.5, 16.5, Unit.NEWTON, 5_000, RateBand.ANY);
        SessionSettings s = SessionSettings.of(new Target(36, 44, Unit.NEWTON, 5_000, RateBand.ANY), 0)
                .withTargets(new TargetPlan(null, Map.of("index", index), Set.of()));
        assertThat(s.target()).isEqualTo(index);
        assertThat(s.trackerSettingsFor(index).contactOn()).isEqualTo(0.15 * 13.5);
        assertThat(s.trackerSettingsFor(THUMB).contactOn()).isEqualTo(0.15 * 27);
        assertThatThrownBy(() -> new SessionSettings(THUMB, null, s.filter(), s.probeArea(), 0, null, 1, s.targets()))
                .hasMessageContaining("primary target");
    }
}
