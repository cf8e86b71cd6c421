package org.palpa.cli.device;

import org.palpa.cli.live.GuiCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.palpa.adapter.serial.SerialTransport;
import org.palpa.adapter.sim.SimulatedTransport;
import picocli.CommandLine;

/** The window's device list offers simulated, serial and Raspberry Pi devices, and opens each by name. */
class GuiDevicesTest {
    private static SerialOptions serialOptions(String... args) {
        GuiCommand gui = new GuiCommand();
        new CommandLine(gui).parseArgs(args);
        return gui.serial;
    }

    @Test
    void givenAPort_thenItComesFirstEvenWhenTheSystemDoesNotListIt() {
        GuiDevices devices = new GuiDevices(serialOptions("--port", "/dev/pts/99", "--protocol", "mark10"), null, 1, 1);
        assertThat(devices.names()).first().isEqualTo("serial:/dev/pts/99");
        assertThat(devices.names()).contains("sim-algometer", "sim-glove", "gpio-hx711", "gpio-ads1115");
        assertThat(devices.first("sim-glove")).isEqualTo("serial:/dev/pts/99");
        assertThat(devices.factory().apply("serial:/dev/pts/99")).isInstanceOf(SerialTransport.class);
    }

    @Test
    void givenNoPort_thenTheDeviceAskedForComesFirstAndSimulatedDevicesOpen() {
        GuiDevices devices = new GuiDevices(serialOptions(), null, 1, 1);
        assertThat(devices.first("sim-glove")).isEqualTo("sim-glove");
        assertThat(devices.names()).doesNotContain("serial:null");
        assertThat(devices.factory().apply("sim-glove")).isInstanceOf(SimulatedTransport.class);
    }

    @Test
    void givenAPiDeviceWithoutItsConfig_thenOpeningItSaysWhatIsMissing() {
        GuiDevices devices = new GuiDevices(serialOptions(), null, 1, 1);
        assertThatThrownBy(() -> devices.factory().apply("gpio-hx711"))
                .hasMessage("device gpio-hx711 needs its pins: start with palpa gui --device gpio-hx711 --config FILE "
                        + "(see docs/hardware/raspberry-pi.md)");
    }
}
