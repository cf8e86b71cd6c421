package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.palpa.core.hardware.Ads1115Config;
import org.palpa.core.hardware.Hx711Gain;
import org.palpa.core.sample.InputFormatException;

class PiConfigReaderTest {

    @Test
    void theDocumentedExamplesRead() {
        PiConfig algometer = PiConfigReader.read(Path.of("docs/hardware/pi-algometer.json"));
        assertThat(algometer.hx711().rate()).isEqualTo(80);
        assertThat(algometer.hx711().cells()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("probe");
            assertThat(c.dout()).isEqualTo(5);
            assertThat(c.sck()).isEqualTo(6);
            assertThat(c.hx711Gain()).isEqualTo(Hx711Gain.A_128);
        });
        assertThat(algometer.stopButton().pin()).isEqualTo(17);
        assertThat(algometer.stopButton().activeLow()).isTrue();
        assertThat(algometer.buzzer().pin()).isEqualTo(18);
        assertThat(algometer.providers().digitalInput()).isEqualTo("gpiod-digital-input");

        PiConfig glove = PiConfigReader.read(Path.of("docs/hardware/pi-glove.json"));
        assertThat(glove.ads1115().bus()).isEqualTo(1);
        assertThat(glove.ads1115().chips()).hasSize(2);
        assertThat(glove.ads1115().chips().get(1).addressValue()).isEqualTo(0x49);
        assertThat(glove.ads1115().chips().get(0).config(glove.ads1115().chips().get(0).inputs().get(1)).configWord(true))
                .isEqualTo(0xD3E3);
        assertThat(glove.ads1115().chips().get(0).config(glove.ads1115().chips().get(0).inputs().get(0)).mode())
                .isEqualTo(Ads1115Config.Mode.SINGLE_SHOT);
    }

    @Test
    void aPinOutsideTheHeaderIsNamedWithItsLineAndField() {
        String json = """
                {
                  "hx711": {
                    "rate": 10,
                    "cells": [ { "label": "probe", "dout": 40, "sck": 6 } ]
                  }
                }
                """;
        assertThatThrownBy(() -> PiConfigReader.parse("pi.json", json)).isInstanceOf(InputFormatException.class)
                .hasMessage("pi.json:4: hx711.cells[0]: HX711 'probe' dout must be a BCM GPIO number 0 to 27, was 40");
    }

    @Test
    void aPinUsedTwiceIsRefused() {
        String json = """
                {"hx711": {"cells": [{"label": "probe", "dout": 5, "sck": 6}]},
                 "stopButton": {"pin": 6}}
                """;
        assertThatThrownBy(() -> PiConfigReader.parse("pi.json", json))
                .hasMessageContaining("BCM pin 6 is given to both HX711 'probe' PD_SCK and stop button");
    }

    @Test
    void badValuesAndUnknownFieldsAreNamed() {
        assertThatThrownBy(() -> PiConfigReader.parse("p.json", "{\"hx711\": {\"rate\": 40, \"cells\": []}}"))
                .hasMessage("p.json:1: hx711: HX711 runs at 10 or 80 samples/s (RATE pin), not 40");
        assertThatThrownBy(() -> PiConfigReader.parse("p.json",
                "{\"ads1115\": {\"chips\": [{\"address\": \"0x50\", \"inputs\": [{\"input\": 0, \"label\": \"a\"}]}]}}"))
                .hasMessageContaining("ads1115.chips[0]").hasMessageEndingWith("ADS1115 address must be 0x48 to 0x4B, was 0x50");
        assertThatThrownBy(() -> PiConfigReader.parse("p.json", "{\n \"buzzer\": {\"pin\": 18, \"volume\": 3}}"))
                .hasMessageStartingWith("p.json:2: buzzer.volume: unknown field 'volume' (known: activeHigh, channel, pin)");
        assertThatThrownBy(() -> PiConfigReader.parse("p.json", "{\"hx711\": "))
                .hasMessageStartingWith("p.json:1: not valid JSON");
        assertThatThrownBy(() -> PiConfigReader.read(Path.of("no/such/pi.json")))
                .hasMessage("no/such/pi.json: no such file");
    }
}
