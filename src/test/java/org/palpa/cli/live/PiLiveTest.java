package org.palpa.cli.live;

import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.gpio.PiConfigReader;
import org.palpa.adapter.gpio.PiDevices;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/**
 * {@code palpa live} on a gpio-ads1115 device whose chip is a Mockito I2C behind Pi4J's mock
 * providers: the same pipeline and terminal feedback as any device, and the buzzer sounds while in band.
 */
class PiLiveTest {
    private static final String CONFIG = """
            {"ads1115": {"chips": [{"address": "0x48", "rate": 250, "inputs": [{"input": 0, "label": "thumb"}]}]},
             "buzzer": {"pin": 18, "channel": "thumb"},
             "providers": {"digitalInput": "mock-digital-input", "digitalOutput": "mock-digital-output", "i2c": "mock-i2c"}}
            """;

    @Test
    void aLiveSessionOnAPiGloveTracksHoldsAndDrivesTheBuzzer() throws Exception {
        AtomicInteger conversions = new AtomicInteger();
        AtomicInteger buzzerOnChanges = new AtomicInteger();
        Context pi = spy(Pi4J.newContextBuilder().add(MockDigitalInputProvider.newInstance(),
                MockDigitalOutputProvider.newInstance(), MockI2CProvider.newInstance()).build());
        doAnswer(inv -> {
            I2C chip = mock(I2C.class);
            when(chip.writeRegister(eq(1), any(byte[].class), eq(0), eq(2))).thenReturn(2);
            when(chip.readRegister(anyInt(), any(byte[].class), eq(0), eq(2))).thenAnswer(call -> {
                // no contact for 100 conversions, then a press of 8000 counts
                int word = call.<Integer>getArgument(0) == 1 ? 0x8583
                        : conversions.incrementAndGet() <= 100 ? 10 : 8000;
                byte[] b = call.getArgument(1);
                b[0] = (byte) (word >> 8);
                b[1] = (byte) word;
                return 2;
            });
            return chip;
        }).when(pi).create(any(I2CConfig.class));
        doAnswer(inv -> {
            DigitalOutput out = (DigitalOutput) inv.callRealMethod();
            out.addListener(e -> {
                if (e.state() == DigitalState.HIGH) {
                    buzzerOnChanges.incrementAndGet();
                }
            });
            return out;
        }).when(pi).create(any(DigitalOutputConfig.class));

        PiDevices.PiDevice device = PiDevices.open("gpio-ads1115", PiConfigReader.parse("pi.json", CONFIG), "pi.json",
                () -> pi, System::nanoTime);
        Target target = Target.around(Quantity.parse("8000counts"), "5%", 1000, ProbeArea.ALGOMETER_TIP);
        SessionSettings settings = SessionSettings.of(target, 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = LiveCommand.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), device.transport(),
                device.indicator(), settings, null, true, null);
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).as(out).isZero();
        assertThat(out).contains("Palpa live: gpio-ads1115 (1 channel at");
        assertThat(out).contains("Session ended: reached 3 s").contains("0 dropped");
        assertThat(out).containsPattern("(?m)^\\s*1\\s+thumb\\s+0\\.[3-9]\\d\\s.*MET");
        assertThat(buzzerOnChanges.get()).as("the buzzer went on while in band").isPositive();
        assertThat(pi.isShutdown()).as("the pins are released at the end").isTrue();
    }

    @Test
    void offAPiTheGpioDevicesStopWithOneLineAndNoStackTrace() {
        String[] chips = new java.io.File("/dev").list((dir, name) -> name.startsWith("gpiochip"));
        org.junit.jupiter.api.Assumptions.assumeTrue(chips == null || chips.length == 0, "this machine has GPIO");
        CliRunner.Result r = CliRunner.run("live", "--device", "gpio-hx711", "--config",
                "docs/hardware/pi-algometer.json", "--plain");
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.err()).isEqualTo("palpa: no GPIO on this machine (/dev/gpiochip* is missing): run Palpa on a "
                + "Raspberry Pi; see docs/hardware/raspberry-pi.md" + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadConfigIsNamedByFileLineAndField() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("pi", ".json");
        try {
            java.nio.file.Files.writeString(bad, "{\n  \"stopButton\": {\"pin\": 30}\n}\n");
            CliRunner.Result r = CliRunner.run("live", "--device", "gpio-hx711", "--config", bad.toString());
            assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err().strip()).isEqualTo("palpa: " + bad + ":2: stopButton: stopButton pin must be a BCM GPIO "
                    + "number 0 to 27, was 30");
        } finally {
            java.nio.file.Files.delete(bad);
        }
        CliRunner.Result sim = CliRunner.run("live", "--device", "sim-algometer", "--config", "pi.json");
        assertThat(sim.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(sim.err()).contains("--config is for the Raspberry Pi devices (gpio-hx711, gpio-ads1115), not sim-algometer");
    }
}
