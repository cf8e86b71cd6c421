package org.palpa.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterSpecTest {
    @Test
    void parsesEveryStageKind() {
        FilterSpec spec = FilterSpec.parse("median:5, ma:10, ema:50ms, butter:2:4Hz");
        assertThat(spec.stages()).containsExactly(new FilterSpec.Median(5), new FilterSpec.Mean(10),
                new FilterSpec.Ema(50), new FilterSpec.Butter(2, 4));
        assertThat(spec.build(100).size()).isEqualTo(4);
    }

    @Test
    void noneIsAnEmptyChainThatPassesSamplesThrough() {
        FilterChain chain = FilterSpec.parse("none").build(100);
        assertThat(chain.filter(3.5)).isEqualTo(3.5);
        assertThat(chain.groupDelayMillis()).isZero();
    }

    @Test
    void badStagesAreRefusedWithTheStageNamed() {
        assertThatThrownBy(() -> FilterSpec.parse("median:4").build(100)).hasMessageContaining("odd");
        assertThatThrownBy(() -> FilterSpec.parse("wobble:3")).hasMessageContaining("unknown filter 'wobble'");
        assertThatThrownBy(() -> FilterSpec.parse("butter:2")).hasMessageContaining("butter:2").hasMessageContaining("missing");
        assertThatThrownBy(() -> FilterSpec.parse("ma:x")).hasMessageContaining("'ma:x'");
        assertThatThrownBy(() -> FilterSpec.parse("butter:2:80Hz").build(100)).hasMessageContaining("half the sample rate");
    }
}
