package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.PullResistance;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.TransportException;

/** How opening pins and buses fails: every message names the pin or the address and its role. */
class PiIoTest {
    private static final PiConfig.Providers MOCK =
            new PiConfig.Providers("mock-digital-input", "mock-digital-output", "mock-i2c");

    @Test
    void givenAPinAlreadyInUse_thenTheErrorNamesThePinAndItsRole() {
        Context pi = MockPi.context();
        try (PiIo io = PiIo.open(() -> pi, MOCK, true, false, 1)) {
            io.input(5, "HX711 'probe' DOUT", PullResistance.OFF);
            assertThatThrownBy(() -> io.input(5, "stop button", PullResistance.PULL_UP))
                    .isInstanceOf(TransportException.class)
                    .hasMessageStartingWith("BCM pin 5 (stop button) could not be opened as an input: ")
                    .hasMessageEndingWith("(is another program using it? is the user in the gpio group?)");
        }
        assertThat(pi.isShutdown()).isTrue();
    }

    @Test
    void givenAProviderThatIsNotThere_thenTheErrorSaysWhichAndReleasesTheContext() {
        Context pi = MockPi.context();
        PiConfig.Providers missing = new PiConfig.Providers("other-digital-input", "mock-digital-output", "mock-i2c");
        assertThatThrownBy(() -> PiIo.open(() -> pi, missing, true, false, 1))
                .isInstanceOf(TransportException.class)
                .hasMessage("no GPIO on this machine: Pi4J provider 'other-digital-input' is not available "
                        + "(run Palpa on a Raspberry Pi; see docs/hardware/raspberry-pi.md)");
        assertThat(pi.isShutdown()).isTrue();
    }

    @Test
    void givenPi4jCannotStart_thenTheErrorSaysSo() {
        assertThatThrownBy(() -> PiIo.open(() -> {
            throw new IllegalStateException("no platform");
        }, MOCK, true, true, 1)).isInstanceOf(TransportException.class)
                .hasMessage("Pi4J could not start (no platform); is this a Raspberry Pi?");
    }
}
