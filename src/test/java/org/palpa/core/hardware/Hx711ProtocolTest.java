package org.palpa.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Hx711ProtocolTest {
    private static final long GOOD_PULSE = 2_000;

    @Test
    void twosComplementCodesAreSignExtendedFrom24Bits() {
        assertThat(Hx711Protocol.signExtend(0x000000)).isZero();
        assertThat(Hx711Protocol.signExtend(0x000001)).isEqualTo(1);
        assertThat(Hx711Protocol.signExtend(0x7FFFFF)).isEqualTo(8_388_607);
        assertThat(Hx711Protocol.signExtend(0xFFFFFF)).isEqualTo(-1);
        assertThat(Hx711Protocol.signExtend(0x800000)).isEqualTo(-8_388_608);
        assertThat(Hx711Protocol.signExtend(0xFE1DC0)).isEqualTo(-123_456);
    }

    @Test
    void thePulseCountSelectsChannelAndGainAsInTheDatasheetTable() {
        assertThat(new Hx711Protocol(Hx711Gain.A_128).pulsesPerRead()).isEqualTo(25);
        assertThat(new Hx711Protocol(Hx711Gain.B_32).pulsesPerRead()).isEqualTo(26);
        assertThat(new Hx711Protocol(Hx711Gain.A_64).pulsesPerRead()).isEqualTo(27);
        assertThat(Hx711Gain.parse("b/32")).isEqualTo(Hx711Gain.B_32);
        assertThat(Hx711Gain.parse("A64")).isEqualTo(Hx711Gain.A_64);
        assertThatThrownBy(() -> Hx711Gain.parse("A32")).hasMessageContaining("unknown HX711 gain 'A32'");
    }

    @Test
    void givenGainA128_thenTheFirstReadAfterPowerUpIsAlreadyValid() {
        Hx711Protocol p = new Hx711Protocol(Hx711Gain.A_128);
        assertThat(p.judge(0xFE1DC0, GOOD_PULSE)).isEqualTo(new Hx711Reading.Valid(-123_456));
    }

    @Test
    void givenAnotherGain_thenTheFirstReadAfterPowerUpIsDiscardedBecauseItWasMadeAtA128() {
        Hx711Protocol p = new Hx711Protocol(Hx711Gain.B_32);
        Hx711Reading first = p.judge(0x001000, GOOD_PULSE);
        assertThat(first).isInstanceOf(Hx711Reading.Discarded.class);
        assertThat(((Hx711Reading.Discarded) first).reason()).isEqualTo(Hx711Reading.Reason.GAIN_SETTLING);
        assertThat(((Hx711Reading.Discarded) first).detail()).contains("A/128").contains("B/32");
        assertThat(p.judge(0x001000, GOOD_PULSE)).isEqualTo(new Hx711Reading.Valid(4096));
        p.reset();
        assertThat(p.judge(0x001000, GOOD_PULSE)).isInstanceOf(Hx711Reading.Discarded.class);
    }

    @Test
    void givenAPulseHighLongerThan50Microseconds_thenTheReadIsDiscardedAndTheNextIsCheckedForAReset() {
        Hx711Protocol p = new Hx711Protocol(Hx711Gain.A_64);
        p.judge(0, GOOD_PULSE);
        assertThat(p.judge(0x000010, GOOD_PULSE)).isEqualTo(new Hx711Reading.Valid(16));

        Hx711Reading longPulse = p.judge(0x000010, 72_500);
        assertThat(longPulse).isInstanceOf(Hx711Reading.Discarded.class);
        assertThat(((Hx711Reading.Discarded) longPulse).reason()).isEqualTo(Hx711Reading.Reason.PULSE_TOO_LONG);
        assertThat(((Hx711Reading.Discarded) longPulse).detail()).contains("72.5 µs").contains("50 µs");
        assertThat(p.judge(0x000010, GOOD_PULSE)).as("conversion after a possible reset ran at A/128")
                .isInstanceOf(Hx711Reading.Discarded.class);
        assertThat(p.judge(0x000010, GOOD_PULSE)).isEqualTo(new Hx711Reading.Valid(16));
    }

    @Test
    void aPulseOfExactlyTheLimitIsStillTrusted() {
        Hx711Protocol p = new Hx711Protocol(Hx711Gain.A_128);
        assertThat(p.judge(5, Hx711Protocol.MAX_HIGH_NANOS)).isEqualTo(new Hx711Reading.Valid(5));
        assertThat(p.judge(5, Hx711Protocol.MAX_HIGH_NANOS + 1)).isInstanceOf(Hx711Reading.Discarded.class);
    }

    @Test
    void theExtremeCodesAreReportedAsSaturated() {
        Hx711Protocol p = new Hx711Protocol(Hx711Gain.A_128);
        assertThat(p.judge(0x7FFFFF, GOOD_PULSE)).isEqualTo(new Hx711Reading.Saturated(Hx711Protocol.MAX_COUNTS));
        assertThat(p.judge(0x800000, GOOD_PULSE)).isEqualTo(new Hx711Reading.Saturated(Hx711Protocol.MIN_COUNTS));
        assertThat(p.judge(0x7FFFFE, GOOD_PULSE)).isEqualTo(new Hx711Reading.Valid(0x7FFFFE));
    }

    @Test
    void theReadyTimeoutCoversSettlingAtBothRates() {
        assertThat(Hx711Protocol.readyTimeoutMillis(10)).isGreaterThan(400 + 100);
        assertThat(Hx711Protocol.readyTimeoutMillis(80)).isGreaterThan(50 + 13);
        assertThatThrownBy(() -> Hx711Protocol.readyTimeoutMillis(40)).hasMessageContaining("10 or 80");
    }
}
