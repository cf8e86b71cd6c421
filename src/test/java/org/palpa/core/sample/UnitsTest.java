package org.palpa.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void forceUnitsConvertByTheirDefinitions() {
        assertThat(Unit.KILOGRAM_FORCE.convert(1, Unit.NEWTON)).isEqualTo(9.80665);
        assertThat(Unit.POUND_FORCE.convert(1, Unit.NEWTON)).isCloseTo(4.448222, within(1e-6));
        assertThat(Unit.NEWTON.convert(9.80665, Unit.KILOGRAM_FORCE)).isCloseTo(1, within(1e-12));
    }

    @Test
    void oneNewtonPerSquareCentimetreIsTenKilopascals() {
        ProbeArea area = new ProbeArea(2.0);
        assertThat(area.kilopascals(20)).isEqualTo(100);
        assertThat(area.newtons(100)).isEqualTo(20);
    }

    @Test
    void oneKilogramForceOnTheAlgometerTipIsOneKgfPerSquareCentimetre() {
        double v = ProbeArea.ALGOMETER_TIP.convert(1, Unit.KILOGRAM_FORCE, Unit.KGF_PER_CM2);
        assertThat(v).isCloseTo(1, within(1e-12));
        assertThat(ProbeArea.ALGOMETER_TIP.convert(1, Unit.KGF_PER_CM2, Unit.KILOPASCAL)).isCloseTo(98.0665, within(1e-9));
    }

    @Test
    void quantitiesParseAsTyped() {
        assertThat(Quantity.parse("40N")).isEqualTo(new Quantity(40, Unit.NEWTON));
        assertThat(Quantity.parse(" 4.5 kgf ")).isEqualTo(new Quantity(4.5, Unit.KILOGRAM_FORCE));
        assertThat(Quantity.parse("300kPa")).isEqualTo(new Quantity(300, Unit.KILOPASCAL));
        assertThat(Quantity.parse("3kg/cm²").unit()).isEqualTo(Unit.KGF_PER_CM2);
        assertThat(Quantity.parse("-18.78 lbF").unit()).isEqualTo(Unit.POUND_FORCE);
    }

    @Test
    void badQuantitiesAreRefusedWithTheTextQuoted() {
        assertThatThrownBy(() -> Quantity.parse("forty")).hasMessageContaining("'forty'");
        assertThatThrownBy(() -> Quantity.parse("40 furlongs")).hasMessageContaining("unknown unit 'furlongs'");
        assertThatThrownBy(() -> Unit.NEWTON.convert(1, Unit.KILOPASCAL)).hasMessageContaining("probe area");
        assertThatThrownBy(() -> new ProbeArea(0)).hasMessageContaining("positive");
    }

    @Test
    void framesAreImmutable() {
        double[] v = {1, 2};
        Frame f = new Frame(5, 1, v);
        v[0] = 99;
        f.values()[1] = 99;
        assertThat(f.value(0)).isEqualTo(1);
        assertThat(f.value(1)).isEqualTo(2);
        assertThat(f).isEqualTo(new Frame(5, 1, new double[] {1, 2}));
    }
}
