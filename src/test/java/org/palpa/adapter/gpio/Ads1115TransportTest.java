package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import com.pi4j.io.i2c.I2CConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.TransportException;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * The gpio-ads1115 device with Mockito I2C chips behind a mock Pi4J context: each chip answers the
 * config register as done and its conversion register with a code that depends on the input the
 * last config word selected, so the frames show that every input was converted in turn.
 */
class Ads1115TransportTest {
    private static final String CONFIG = """
            {"ads1115": {"bus": 1, "chips": [
               {"address": "0x48", "range": 4.096, "rate": 860,
                "inputs": [{"input": 0, "label": "thumb"}, {"input": 3, "label": "index"}]},
               {"address": "0x4B", "range": 2.048, "rate": 475, "inputs": [{"input": 1, "label": "little"}]}]},
             "providers": {"digitalInput": "mock-digital-input", "digitalOutput": "mock-digital-output", "i2c": "mock-i2c"}}
            """;

    private final Map<Integer, I2C> chips = new HashMap<>();
    private final AtomicBoolean littleUnplugged = new AtomicBoolean();

    /** A chip at {@code address} whose code for input {@code n} is {@code address * 100 + n}. */
    private I2C chip(int address) {
        I2C i2c = mock(I2C.class);
        int[] lastMux = {0};
        when(i2c.writeRegister(eq(1), any(byte[].class), eq(0), eq(2))).thenAnswer(inv -> {
            if (address == 0x4B && littleUnplugged.get()) {
                throw new com.pi4j.io.exception.IOException("I2C write failed: Remote I/O error");
            }
            byte[] b = inv.getArgument(1);
            lastMux[0] = (b[0] >> 4) & 0b11;
            return 2;
        });
        when(i2c.readRegister(anyInt(), any(byte[].class), eq(0), eq(2))).thenAnswer(inv -> {
            int register = inv.getArgument(0);
            int word = register == 1 ? 0x8583 : address * 100 + lastMux[0];
            byte[] b = inv.getArgument(1);
            b[0] = (byte) (word >> 8);
            b[1] = (byte) word;
            return 2;
        });
        chips.put(address, i2c);
        return i2c;
    }

    private Context context(boolean withSecondChip) {
        Context pi = spy(MockPi.context());
        doAnswer(inv -> {
            I2CConfig c = inv.getArgument(0);
            if (c.device() == 0x4B && !withSecondChip) {
                I2C silent = mock(I2C.class);
                when(silent.readRegister(anyInt(), any(byte[].class), anyInt(), anyInt())).thenReturn(-1);
                return silent;
            }
            return chip(c.device());
        }).when(pi).create(any(I2CConfig.class));
        return pi;
    }

    @Test
    void everyInputOfEveryChipIsConvertedInTurnAndReportedInConfigOrder() throws Exception {
        PiTransport t = (PiTransport) PiDevices.open("gpio-ads1115", PiConfigReader.parse("pi.json", CONFIG), "pi.json",
                () -> context(true), System::nanoTime).transport();
        DeviceInfo info = t.connect();
        assertThat(info.channelNames()).containsExactly("thumb", "index", "little");
        // one frame is two conversions at 860 SPS and one at 475 SPS
        assertThat(info.nominalRateHz()).isCloseTo(1 / (2 / 860.0 + 1 / 475.0), org.assertj.core.data.Offset.offset(1.0));
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 10, 5000);
        t.close();
        sink.awaitEnd(5000);
        assertThat(sink.frames()).allSatisfy(f -> {
            assertThat(f.value(0)).isEqualTo(0x48 * 100 + 0);
            assertThat(f.value(1)).isEqualTo(0x48 * 100 + 3);
            assertThat(f.value(2)).isEqualTo(0x4B * 100 + 1);
        });
    }

    @Test
    void givenContinuousMode_thenTheConfigIsWrittenOnceAndTheConversionRegisterIsReadForEachFrame() throws Exception {
        String continuous = """
                {"ads1115": {"chips": [{"address": "0x48", "rate": 860, "mode": "continuous",
                   "inputs": [{"input": 2, "label": "thumb"}]}]},
                 "providers": {"digitalInput": "mock-digital-input", "digitalOutput": "mock-digital-output", "i2c": "mock-i2c"}}
                """;
        PiTransport t = (PiTransport) PiDevices.open("gpio-ads1115", PiConfigReader.parse("pi.json", continuous),
                "pi.json", () -> context(true), System::nanoTime).transport();
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 20, 5000);
        t.close();
        sink.awaitEnd(5000);
        I2C chip = chips.get(0x48);
        // AIN2 (MUX 110), ±4.096 V (PGA 001), continuous (MODE 0), 860 SPS (DR 111), comparator off, OS not set: 0x62E3
        org.mockito.Mockito.verify(chip, org.mockito.Mockito.times(1))
                .writeRegister(eq(1), org.mockito.AdditionalMatchers.aryEq(new byte[] {0x62, (byte) 0xE3}), eq(0), eq(2));
        org.mockito.Mockito.verify(chip, org.mockito.Mockito.atLeast(20))
                .readRegister(eq(0), any(byte[].class), eq(0), eq(2));
        assertThat(sink.frames()).allSatisfy(f -> assertThat(f.value(0)).isEqualTo(0x48 * 100 + 2));
    }

    @Test
    void givenAMissingChip_thenConnectFailsNamingItsAddress() {
        PiTransport t = (PiTransport) PiDevices.open("gpio-ads1115", PiConfigReader.parse("pi.json", CONFIG), "pi.json",
                () -> context(false), System::nanoTime).transport();
        assertThatThrownBy(t::connect).isInstanceOf(TransportException.class)
                .hasMessageStartingWith("ADS1115 at 0x4B on I2C bus 1 did not answer");
    }

    @Test
    void givenAChipThatStopsAnswering_thenTheSessionReportsItAndComesBack() throws Exception {
        PiTransport t = (PiTransport) PiDevices.open("gpio-ads1115", PiConfigReader.parse("pi.json", CONFIG), "pi.json",
                () -> context(true), System::nanoTime).transport();
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 5, 5000);
        littleUnplugged.set(true);
        sink.await(s -> s.hasEvent(DeviceEvent.Kind.DISCONNECTED), 5000);
        littleUnplugged.set(false);
        sink.await(s -> s.hasEvent(DeviceEvent.Kind.RECONNECTED), 5000);
        int framesAtReconnect = sink.frames().size();
        sink.await(s -> s.frames().size() >= framesAtReconnect + 5, 5000);
        t.close();
        assertThat(sink.awaitEnd(5000)).isEqualTo("device closed");
        assertThat(sink.events()).extracting(DeviceEvent::kind)
                .containsExactly(DeviceEvent.Kind.DISCONNECTED, DeviceEvent.Kind.RECONNECTED);
        assertThat(sink.events().get(0).detail())
                .isEqualTo("ADS1115 at 0x4B on I2C bus 1 did not answer (I2C write failed: Remote I/O error): "
                        + "check wiring, power and ADDR pin");
    }
}
