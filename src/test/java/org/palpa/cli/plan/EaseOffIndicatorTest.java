package org.palpa.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.BandIndicator;
import org.palpa.core.hold.BandState;

class EaseOffIndicatorTest {
    @Test
    void afterAPainCeilingTheBuzzerSoundsOverWhateverTheBandState() {
        List<BandState> shown = new ArrayList<>();
        EaseOffIndicator buzzer = new EaseOffIndicator(new BandIndicator() {
            @Override
            public int indicatorChannel() {
                return 0;
            }

            @Override
            public void show(BandState state) {
                shown.add(state);
            }
        });
        buzzer.show(BandState.IN_BAND);
        buzzer.easeOff();
        buzzer.show(BandState.IN_BAND);
        assertThat(shown).containsExactly(BandState.IN_BAND, BandState.OVER, BandState.OVER);
    }
}
