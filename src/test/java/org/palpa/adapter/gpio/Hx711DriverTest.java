package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palpa.core.hardware.Hx711Gain;
import org.palpa.core.hardware.Hx711Reading;

/** The HX711 driver on Pi4J mock pins, against a software HX711 that follows the datasheet. */
class Hx711DriverTest {
    private Context pi;
    private MockDigitalInput dout;
    private MockDigitalOutput pdSck;
    private FakeClock clock;
    private FakeHx711 chip;

    @BeforeEach
    void wire() {
        pi = MockPi.context();
        dout = MockPi.input(pi, 5);
        pdSck = MockPi.output(pi, 6);
        clock = new FakeClock(1_000);
        chip = new FakeHx711(dout, pdSck, clock);
    }

    @AfterEach
    void shutdown() {
        pi.shutdown();
    }

    private Hx711Driver driver(Hx711Gain gain) {
        return new Hx711Driver("HX711 'probe' (DOUT BCM 5, PD_SCK BCM 6)", dout, pdSck, gain, clock);
    }

    @Test
    void givenBitPatternsOnDout_thenTheDriverDecodesSignedValuesMsbFirst() {
        chip.convert(0x000000, 0x000001, 0x7FFFFE, 0xFFFFFF, 0x800001, 0xFE1DC0, 0x123456);
        Hx711Driver d = driver(Hx711Gain.A_128);
        List<Hx711Reading> readings = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            readings.add(d.read(100));
        }
        assertThat(readings).containsExactly(new Hx711Reading.Valid(0), new Hx711Reading.Valid(1),
                new Hx711Reading.Valid(8_388_606), new Hx711Reading.Valid(-1), new Hx711Reading.Valid(-8_388_607),
                new Hx711Reading.Valid(-123_456), new Hx711Reading.Valid(0x123456));
        assertThat(chip.pulsesPerRead()).hasSize(7).containsOnly(25);
        assertThat(pdSck.state()).as("PD_SCK rests low, or the chip powers down").isEqualTo(DigitalState.LOW);
    }

    @Test
    void givenGainB32_thenEachReadSends26PulsesAndTheFirstConversionAtA128IsDiscarded() {
        chip.convert(0x000111, 0x000222, 0x000333);
        Hx711Driver d = driver(Hx711Gain.B_32);
        long[] discards = {0};
        assertThat(d.readValue(100, 3, discards)).isEqualTo(new Hx711Reading.Valid(0x222));
        assertThat(d.readValue(100, 3, discards)).isEqualTo(new Hx711Reading.Valid(0x333));
        assertThat(discards[0]).isEqualTo(1);
        assertThat(chip.pulsesPerRead()).containsExactly(26, 26, 26);
        assertThat(chip.gainOfEachConversion()).containsExactly(Hx711Gain.A_128, Hx711Gain.B_32, Hx711Gain.B_32);
    }

    @Test
    void givenGainA64_thenEachReadSends27Pulses() {
        chip.convert(1, 2, 3);
        Hx711Driver d = driver(Hx711Gain.A_64);
        d.read(100);
        assertThat(d.read(100)).isEqualTo(new Hx711Reading.Valid(2));
        assertThat(d.read(100)).isEqualTo(new Hx711Reading.Valid(3));
        assertThat(chip.pulsesPerRead()).containsExactly(27, 27, 27);
        assertThat(chip.gainOfEachConversion()).containsExactly(Hx711Gain.A_128, Hx711Gain.A_64, Hx711Gain.A_64);
    }

    @Test
    void givenAPulseThatStaysHighPast60Microseconds_thenTheCorruptReadIsDiscardedAndTheNextGoodOneIsReturned() {
        // pulse 10 of the first read stalls 70 µs, as a descheduled thread would: the chip powers down and resets
        chip.convert(0x0ABCDE, 0x000042, 0x000043).stallOn(10, 70_000);
        Hx711Driver d = driver(Hx711Gain.A_128);
        long[] discards = {0};
        Hx711Reading r = d.readValue(100, 5, discards);
        assertThat(r).isEqualTo(new Hx711Reading.Valid(0x000042));
        assertThat(discards[0]).isEqualTo(1);
        assertThat(chip.resets()).as("the stall, then the driver's deliberate power cycle").isEqualTo(2);
        assertThat(d.lastLongestHighNanos()).isLessThan(10_000);
    }

    @Test
    void givenAStallAtGain64_thenTheReadAfterTheResetIsAlsoDiscardedBecauseTheChipFellBackToA128() {
        chip.convert(0x000001, 0x000002, 0x000003, 0x000004).stallOn(27 + 5, 90_000);
        Hx711Driver d = driver(Hx711Gain.A_64);
        long[] discards = {0};
        assertThat(d.readValue(100, 5, discards)).isEqualTo(new Hx711Reading.Valid(4));
        // read 1: made at A/128 after power-up; read 2: long pulse; read 3: made at A/128 after the reset
        assertThat(discards[0]).isEqualTo(3);
        assertThat(chip.gainOfEachConversion()).containsExactly(Hx711Gain.A_128, Hx711Gain.A_64,
                Hx711Gain.A_128, Hx711Gain.A_64);
    }

    @Test
    void givenDoutNeverGoesLow_thenTheReadTimesOutInsteadOfHanging() {
        FakeClock slow = new FakeClock(5_000_000);
        Hx711Driver d = new Hx711Driver("probe", dout, pdSck, Hx711Gain.A_128, slow);
        dout.mockState(DigitalState.HIGH);
        assertThat(d.read(600)).isEqualTo(new Hx711Reading.NotReady(600));
        assertThat(d.readValue(600, 3, null)).isEqualTo(new Hx711Reading.NotReady(600));
        assertThat(pdSck.state()).as("no pulse is sent to a chip that is not ready").isNotEqualTo(DigitalState.HIGH);
    }

    @Test
    void powerDownHoldsPdSckHighForMoreThan60MicrosecondsAndPowerUpResetsTheGain() {
        chip.convert(7, 8, 9);
        Hx711Driver d = driver(Hx711Gain.B_32);
        long before = clock.peek();
        d.powerDown();
        assertThat(pdSck.state()).isEqualTo(DigitalState.HIGH);
        assertThat(clock.peek() - before).isGreaterThan(60_000);
        d.powerUp();
        assertThat(pdSck.state()).isEqualTo(DigitalState.LOW);
        assertThat(chip.resets()).isEqualTo(1);
        // conversion 7 was lost in the power-down; 8 was made at A/128 after the reset
        assertThat(d.read(100)).isInstanceOf(Hx711Reading.Discarded.class);
        assertThat(d.read(100)).isEqualTo(new Hx711Reading.Valid(9));
    }
}
