package org.palpa.adapter.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;

/** A Pi4J context that holds only the mock providers, as Pi4J's own tests build it. */
final class MockPi {
    private MockPi() {
    }

    static Context context() {
        return Pi4J.newContextBuilder()
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance(),
                        MockI2CProvider.newInstance())
                .build();
    }

    static MockDigitalInput input(Context pi, int bcm) {
        DigitalInput in = pi.create(DigitalInput.newConfigBuilder(pi).id("in-" + bcm).address(bcm)
                .provider(MockDigitalInputProvider.ID).build());
        return (MockDigitalInput) in;
    }

    static MockDigitalOutput output(Context pi, int bcm) {
        DigitalOutput out = pi.create(DigitalOutput.newConfigBuilder(pi).id("out-" + bcm).address(bcm)
                .provider(MockDigitalOutputProvider.ID).build());
        return (MockDigitalOutput) out;
    }
}
