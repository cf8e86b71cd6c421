package org.palpa.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.Direction;
import org.palpa.core.sample.InputFormatException;

class CalibrationPointsCsvTest {
    @Test
    void givenMassesAndDirections_thenRowsCarryNewtonsByStandardGravity() throws Exception {
        var rows = CalibrationPointsCsv.read("p.csv", new StringReader(
                "# bench run\ncounts,mass_kg,direction\n12,0,loading\n1012,0.5,\n980,0.5,unloading\n"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).newtons()).isCloseTo(4.903325, within(1e-9));
        assertThat(rows.get(1).direction()).isEqualTo(Direction.LOADING);
        assertThat(rows.get(2).direction()).isEqualTo(Direction.UNLOADING);
        assertThat(rows.get(2).line()).isEqualTo(5);
    }

    private static void refused(String csv, String message) {
        assertThatThrownBy(() -> CalibrationPointsCsv.read("p.csv", new StringReader(csv)))
                .isInstanceOf(InputFormatException.class).hasMessage(message);
    }

    @Test
    void givenBadInput_thenEachErrorNamesTheFileLineAndColumn() {
        refused("counts,newtons\n0,0\n5,NaN\n", "p.csv:3: newtons: 'NaN' is not a finite number");
        refused("counts,newtons\n0,-1\n", "p.csv:2: newtons: must not be negative");
        refused("counts,newtons,direction\n0,0,up\n", "p.csv:2: direction: 'up' is not loading or unloading");
        refused("counts,newtons,mass_kg\n0,0,0\n", "p.csv:1: the header must name a 'counts' column and one of 'newtons' "
                + "or 'mass_kg' (and optionally 'direction'), found [counts, newtons, mass_kg]");
        refused("counts,newtons\n", "p.csv: the file has no points");
    }
}
