package org.palpa.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ads1115ConfigTest {

    @Test
    void thePowerOnDefaultsGiveTheDatasheetResetWordWithMuxAndOsChanged() {
        // SBAS444 gives the reset value 8583h: AIN0-AIN1, ±2.048 V, single-shot, 128 SPS, comparator off.
        // Single-ended AIN0 sets MUX to 100, so the word becomes C583h.
        Ads1115Config c = new Ads1115Config(0, Ads1115Range.FS_2_048, Ads1115Rate.SPS_128, Ads1115Config.Mode.SINGLE_SHOT);
        assertThat(c.configWord(true)).isEqualTo(0xC583);
        assertThat(c.configWord(false)).isEqualTo(0x4583);
    }

    @ParameterizedTest(name = "AIN{0} ±{1} V {2} SPS {3} -> {4}")
    @CsvSource({
            "0, 6.144, 8,   SINGLE_SHOT, C103",
            "1, 4.096, 860, SINGLE_SHOT, D3E3",
            "2, 1.024, 250, SINGLE_SHOT, E7A3",
            "3, 0.256, 475, SINGLE_SHOT, FBC3",
            "3, 0.512, 64,  CONTINUOUS,  F863",
            "1, 2.048, 16,  CONTINUOUS,  D423",
    })
    void everyFieldLandsInItsBits(int input, double volts, int sps, Ads1115Config.Mode mode, String hex) {
        Ads1115Config c = new Ads1115Config(input, Ads1115Range.ofVolts(volts), Ads1115Rate.of(sps), mode);
        int expected = Integer.parseInt(hex, 16);
        assertThat(c.configWord(true)).as("0x%04X", c.configWord(true)).isEqualTo(expected);
        assertThat(c.configBytes(true)).containsExactly((byte) (expected >> 8), (byte) expected);
    }

    @Test
    void codesBecomeVoltsAtFullScaleOver32768() {
        Ads1115Config c = new Ads1115Config(0, Ads1115Range.FS_4_096, Ads1115Rate.SPS_860, Ads1115Config.Mode.SINGLE_SHOT);
        assertThat(Ads1115Config.counts((byte) 0x7F, (byte) 0xFF)).isEqualTo(32767);
        assertThat(Ads1115Config.counts((byte) 0x80, (byte) 0x00)).isEqualTo(-32768);
        assertThat(Ads1115Config.counts((byte) 0xFF, (byte) 0xFF)).isEqualTo(-1);
        assertThat(c.volts(32767)).isCloseTo(4.096 - 0.000125, within(1e-9));
        assertThat(c.volts(-32768)).isCloseTo(-4.096, within(1e-12));
        assertThat(c.volts(Ads1115Config.counts((byte) 0x66, (byte) 0x66))).isCloseTo(26214 * 0.000125, within(1e-12));
    }

    @Test
    void theOsBitReadBackSaysWhetherAConversionIsRunning() {
        assertThat(Ads1115Config.conversionDone(0x8583)).isTrue();
        assertThat(Ads1115Config.conversionDone(0x0583)).isFalse();
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> new Ads1115Config(4, Ads1115Range.FS_4_096, Ads1115Rate.SPS_128, Ads1115Config.Mode.SINGLE_SHOT))
                .hasMessageContaining("input must be 0 to 3");
        assertThatThrownBy(() -> Ads1115Range.ofVolts(5)).hasMessageContaining("was 5.0");
        assertThatThrownBy(() -> Ads1115Rate.of(100)).hasMessageContaining("was 100");
        assertThatThrownBy(() -> Ads1115Config.checkAddress(0x50)).hasMessageContaining("was 0x50");
        assertThat(Ads1115Config.checkAddress(0x4B)).isEqualTo(0x4B);
    }
}
