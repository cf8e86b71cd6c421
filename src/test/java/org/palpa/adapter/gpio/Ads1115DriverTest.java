package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.AdditionalMatchers.aryEq;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;
import org.palpa.app.port.TransportException;
import org.palpa.core.hardware.Ads1115Config;
import org.palpa.core.hardware.Ads1115Range;
import org.palpa.core.hardware.Ads1115Rate;

/** The ADS1115 driver against a Mockito I2C (exact register traffic) and Pi4J's MockI2C. */
class Ads1115DriverTest {

    /** An I2C whose config register reads {@code config} and conversion register reads {@code conversion}. */
    private static I2C chip(int config, int conversion) {
        I2C i2c = mock(I2C.class);
        when(i2c.writeRegister(anyInt(), any(byte[].class), anyInt(), anyInt())).thenReturn(2);
        answer(i2c, Ads1115Config.CONFIG_REGISTER, config);
        answer(i2c, Ads1115Config.CONVERSION_REGISTER, conversion);
        return i2c;
    }

    private static void answer(I2C i2c, int register, int word) {
        when(i2c.readRegister(eq(register), any(byte[].class), eq(0), eq(2))).thenAnswer(inv -> {
            byte[] b = inv.getArgument(1);
            b[0] = (byte) (word >> 8);
            b[1] = (byte) word;
            return 2;
        });
    }

    @ParameterizedTest(name = "AIN{0} ±{1} V {2} SPS writes {3}")
    @CsvSource({
            "0, 4.096, 860, C3 E3",
            "1, 4.096, 860, D3 E3",
            "2, 6.144, 128, E1 83",
            "3, 0.256, 8,   FB 03",
            "0, 2.048, 475, C5 C3",
    })
    void eachConversionWritesTheExactConfigBytesThenReadsTheConversionRegister(int input, double volts, int sps,
                                                                                 String hexBytes) {
        I2C i2c = chip(0x8583, 0x1234);
        Ads1115Config cfg = new Ads1115Config(input, Ads1115Range.ofVolts(volts), Ads1115Rate.of(sps),
                Ads1115Config.Mode.SINGLE_SHOT);
        Ads1115Driver d = new Ads1115Driver(Ads1115Driver.describe(1, 0x48), i2c, System::nanoTime);
        int counts = d.convert(cfg.configBytes(true), 10_000);
        assertThat(counts).isEqualTo(0x1234);

        String[] hex = hexBytes.split(" ");
        byte[] expected = {(byte) Integer.parseInt(hex[0], 16), (byte) Integer.parseInt(hex[1], 16)};
        InOrder order = inOrder(i2c);
        order.verify(i2c).writeRegister(eq(1), aryEq(expected), eq(0), eq(2));
        order.verify(i2c).readRegister(eq(1), any(byte[].class), eq(0), eq(2));
        order.verify(i2c).readRegister(eq(0), any(byte[].class), eq(0), eq(2));
    }

    @Test
    void negativeCodesComeBackSigned() {
        Ads1115Driver d = new Ads1115Driver("chip", chip(0x8583, 0xFF38), System::nanoTime);
        assertThat(d.readConversion()).isEqualTo(-200);
    }

    @Test
    void givenTheChipNacks_thenTheErrorNamesBusAndAddress() {
        I2C i2c = mock(I2C.class);
        when(i2c.writeRegister(anyInt(), any(byte[].class), anyInt(), anyInt()))
                .thenThrow(new com.pi4j.io.exception.IOException("I2C write failed: Remote I/O error"));
        when(i2c.readRegister(anyInt(), any(byte[].class), anyInt(), anyInt())).thenReturn(-1);
        Ads1115Driver d = new Ads1115Driver(Ads1115Driver.describe(1, 0x4A), i2c, System::nanoTime);
        assertThatThrownBy(d::readConfig).isInstanceOf(TransportException.class)
                .hasMessage("ADS1115 at 0x4A on I2C bus 1 did not answer: read -1 of 2 bytes of register 1 "
                        + "(NACK; check wiring, power and ADDR pin)");
        assertThatThrownBy(() -> d.convert(new byte[] {(byte) 0xC3, (byte) 0xE3}, 1000))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("ADS1115 at 0x4A on I2C bus 1 did not answer (I2C write failed: Remote I/O error)");
    }

    @Test
    void givenTheOsBitNeverSetsAgain_thenTheConversionTimesOutWithAClearError() {
        I2C i2c = chip(0x0583, 0);
        FakeClock clock = new FakeClock(5_000_000);
        Ads1115Driver d = new Ads1115Driver(Ads1115Driver.describe(1, 0x48), i2c, clock);
        assertThatThrownBy(() -> d.convert(new byte[] {(byte) 0xC3, (byte) 0xE3}, 1_162_791))
                .hasMessage("ADS1115 at 0x48 on I2C bus 1 started a conversion but never finished it");
    }

    @Test
    void onPi4jsMockI2c_theConfigWrittenIsReadBackAndTheConversionRegisterIsDecoded() {
        Context pi = MockPi.context();
        try {
            I2C i2c = pi.create(I2C.newConfigBuilder(pi).id("ads").bus(1).device(0x49)
                    .provider(MockI2CProvider.ID).build());
            i2c.writeRegister(Ads1115Config.CONVERSION_REGISTER, new byte[] {(byte) 0x80, 0x01}, 0, 2);
            Ads1115Config cfg = new Ads1115Config(2, Ads1115Range.FS_4_096, Ads1115Rate.SPS_860,
                    Ads1115Config.Mode.SINGLE_SHOT);
            Ads1115Driver d = new Ads1115Driver(Ads1115Driver.describe(1, 0x49), i2c, System::nanoTime);
            int counts = d.convert(cfg.configBytes(true), 1_162_791);
            assertThat(counts).isEqualTo(-32767);
            assertThat(cfg.volts(counts)).isEqualTo(-32767 * 4.096 / 32768);
        } finally {
            pi.shutdown();
        }
    }
}
