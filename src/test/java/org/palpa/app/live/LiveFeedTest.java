package org.palpa.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.palpa.core.display.SampleWindow;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sample.ProbeArea;
import org.junit.jupiter.api.Test;

class LiveFeedTest {
    private static final Target TARGET = Target.around(Quantity.parse("40N"), "10%", 2000, ProbeArea.ALGOMETER_TIP);

    private static double[] holdScript() {
        double[] v = new double[800];
        for (int i = 0; i < v.length; i++) {
            v[i] = i < 100 ? i * 0.4 : i < 700 ? 40 : 0;
        }
        return v;
    }

    @Test
    void givenADeviceThatPlaysAHold_thenTheDisplayGetsEverySampleTheHoldAndTheEnd() throws Exception {
        try (LiveFeed feed = LiveFeed.start(new ScriptedTransport(holdScript(), 300), SessionSettings.of(TARGET, 0), 10)) {
            SampleWindow display = feed.newDisplayWindow();
            List<PipelineEvent> notices = new ArrayList<>();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (feed.health().endReason() == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            PipelineEvent n;
            while ((n = feed.pollNotice()) != null) {
                notices.add(n);
            }
            long newest = feed.copyInto(display);

            assertThat(newest).isEqualTo(799);
            assertThat(display.size()).isEqualTo(799);
            assertThat(display.valueAt(0, 400)).isCloseTo(40.0, org.assertj.core.api.Assertions.within(0.5));
            LinkHealth health = feed.health();
            assertThat(health.frames()).isEqualTo(799);
            assertThat(health.lostFrames()).isEqualTo(1);
            assertThat(health.clean()).isFalse();
            assertThat(health.endReason()).isEqualTo("script finished");
            assertThat(notices).hasAtLeastOneElementOfType(PipelineEvent.HoldFinished.class)
                    .last().isInstanceOf(PipelineEvent.Ended.class);
            assertThat(feed.latest().sequence()).isEqualTo(799);
            assertThat(feed.ageNanos(799)).isPositive();
            assertThat(feed.ageNanos(123_456)).isEqualTo(-1);
        }
    }
}
