package org.palpa.cli.ppt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.palpa.app.ppt.PressPaths;
import org.palpa.core.ppt.PressPath;
import org.palpa.core.signal.FilterSpec;

class PptPathsTest {
    private final double filterMillis = FilterSpec.parse(FilterSpec.DEFAULT).build(100).groupDelayMillis();

    @Test
    void theFilterDelayComesFromTheChainAtTheDevicesRate() {
        // median of 5 at 100 Hz: 2 samples = 20 ms; the 2nd-order 4 Hz Butterworth adds its DC group delay
        assertThat(filterMillis).isBetween(70.0, 80.0);
        assertThat(FilterSpec.parse("median:5").build(100).groupDelayMillis()).isCloseTo(20, within(1e-9));
        PressPaths p = PptPaths.simulated(true, filterMillis);
        assertThat(p.button().filterDelayMillis()).isEqualTo(filterMillis);
        assertThat(p.key().filterDelayMillis()).isEqualTo(filterMillis);
    }

    @Test
    void theSimulatedButtonIsCorrectedForItsDebounceAndHalfAFrame() {
        PressPaths p = PptPaths.simulated(true, filterMillis);
        assertThat(p.button().path()).isEqualTo(PressPath.DEVICE_BUTTON);
        assertThat(p.button().pathDelayMillis()).isCloseTo(25, within(1e-9));
        assertThat(p.button().describe()).startsWith("device button: debounce 20 ms, button sampling 5 ms");
    }

    @Test
    void aDeviceWithoutAButtonHasOnlyTheKeyPath() {
        assertThat(PptPaths.simulated(false, filterMillis).button()).isNull();
        assertThat(PptPaths.keyboardOnly(filterMillis).button()).isNull();
        assertThat(PptPaths.serial(false, filterMillis).button()).isNull();
        // behind an FTDI adapter the frames are 8 ms old, so the key's stamp is 8 ms late against them: 5 - 8 = -3 ms
        assertThat(PptPaths.serial(false, filterMillis).key().pathDelayMillis()).isCloseTo(-3, within(1e-9));
        assertThat(PptPaths.serial(true, filterMillis).button().pathDelayMillis()).isCloseTo(0.5, within(1e-9));
        assertThat(PptPaths.pi(35, filterMillis).button().pathDelayMillis()).isCloseTo(36, within(1e-9));
    }
}
