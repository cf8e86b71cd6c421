package org.palpa.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.TransportException;
import org.palpa.core.hold.BandState;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/**
 * The gpio-hx711 device on Pi4J mock pins. Each Pi4J context the transport opens is a spy of a
 * mock context that wires a fresh software HX711 to the DOUT and PD_SCK pins as they are created.
 */
class Hx711TransportTest {
    private static final String CONFIG = """
            {"hx711": {"rate": 80, "cells": [{"label": "probe", "dout": 5, "sck": 6}]},
             "stopButton": {"pin": 17, "debounceMillis": 20},
             "buzzer": {"pin": 18},
             "providers": {"digitalInput": "mock-digital-input", "digitalOutput": "mock-digital-output", "i2c": "mock-i2c"}}
            """;

    private final FakeClock clock = FakeClock.realTime();
    private final List<Context> contexts = new ArrayList<>();
    private final List<FakeHx711> chips = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();
    private volatile MockDigitalInput button;
    private volatile MockDigitalOutput buzzer;
    private volatile MockDigitalInput lastDout;

    /** A context whose chip holds {@code conversions}; the n-th context opened gets {@code perContext[n]}. */
    private Context context(int[][] perContext) {
        int n = opened.getAndIncrement();
        Context pi = spy(MockPi.context());
        MockDigitalInput[] dout = new MockDigitalInput[1];
        doAnswer(inv -> {
            MockDigitalInput in = (MockDigitalInput) inv.callRealMethod();
            DigitalInputConfig c = inv.getArgument(0);
            if (c.address() == 5) {
                dout[0] = in;
                lastDout = in;
            } else if (c.address() == 17) {
                in.mockState(DigitalState.HIGH);
                button = in;
            }
            return in;
        }).when(pi).create(any(DigitalInputConfig.class));
        doAnswer(inv -> {
            MockDigitalOutput out = (MockDigitalOutput) inv.callRealMethod();
            DigitalOutputConfig c = inv.getArgument(0);
            if (c.address() == 6) {
                FakeHx711 chip = new FakeHx711(dout[0], out, clock);
                chip.convert(n < perContext.length ? perContext[n] : new int[0]);
                chips.add(chip);
            } else if (c.address() == 18) {
                buzzer = out;
            }
            return out;
        }).when(pi).create(any(DigitalOutputConfig.class));
        contexts.add(pi);
        return pi;
    }

    private PiTransport transport(int[][] perContext) {
        PiConfig config = PiConfigReader.parse("pi.json", CONFIG);
        return (PiTransport) PiDevices.open("gpio-hx711", config, "pi.json", () -> context(perContext), clock).transport();
    }

    /** Codes 1, -2, 3, -4, ... as the chip's 24-bit two's complement. */
    private static int[] alternating(int from, int count) {
        int[] codes = new int[count];
        for (int i = 0; i < count; i++) {
            int v = (from + i) * (i % 2 == 0 ? 1 : -1);
            codes[i] = v & 0xFFFFFF;
        }
        return codes;
    }

    /** Asserts {@code values} appear in {@code expected} in the same order (a conversion a long pulse spoiled is skipped). */
    private static void assertInOrderWithin(List<Double> values, List<Double> expected) {
        int j = 0;
        for (double v : values) {
            while (j < expected.size() && expected.get(j) != v) {
                j++;
            }
            assertThat(j).as("value %s in order within %s", v, expected).isLessThan(expected.size());
            j++;
        }
    }

    private static List<Double> signed(int[] codes) {
        List<Double> out = new ArrayList<>();
        for (int c : codes) {
            out.add((double) ((c << 8) >> 8));
        }
        return out;
    }

    @Test
    void givenAWorkingChip_thenFramesCarryItsSignedCountsInOrder() throws Exception {
        int[] codes = alternating(1000, 40);
        PiTransport t = transport(new int[][] {codes});
        DeviceInfo info = t.connect();
        assertThat(info.model()).isEqualTo("gpio-hx711");
        assertThat(info.channelNames()).containsExactly("probe");
        assertThat(info.channels().get(0).unit()).isEqualTo(Unit.COUNTS);
        assertThat(info.nominalRateHz()).isEqualTo(80);

        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 20, 5000);
        t.close();
        assertThat(sink.awaitEnd(5000)).isEqualTo("device closed");
        // connect powers the chip down and up (losing the pending conversion) and reads one to prove it answers
        List<Double> values = sink.frames().stream().map(f -> f.value(0)).toList();
        assertInOrderWithin(values, signed(codes).subList(2, codes.length));
        assertThat(values).contains(-1003.0, 1004.0);
        assertThat(sink.frames()).extracting(Frame::sequence).startsWith(0L, 1L, 2L, 3L);
        assertThat(chips.get(0).pulsesPerRead()).hasSizeGreaterThan(20).containsOnly(25);
    }

    @Test
    void givenALoadBeyondTheRange_thenOneOverloadEventPerEpisodeIsReported() throws Exception {
        int[] codes = new int[40];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i >= 10 && i < 20 ? 0x7FFFFF : 500;
        }
        PiTransport t = transport(new int[][] {codes});
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 30, 5000);
        t.close();
        sink.awaitEnd(5000);
        assertThat(sink.frames()).extracting(f -> f.value(0)).contains(8_388_607.0, 500.0);
        assertThat(sink.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(DeviceEvent.Kind.OVERLOAD);
            assertThat(e.detail()).isEqualTo("HX711 'probe' (DOUT BCM 5, PD_SCK BCM 6) is at the end of its range "
                    + "(8388607 counts): the load is beyond what gain A/128 can measure");
        });
    }

    @Test
    void givenARatePin_thenItIsDrivenHighFor80SamplesPerSecond() {
        String withRatePin = CONFIG.replace("\"rate\": 80,", "\"rate\": 80, \"ratePin\": 26,");
        List<MockDigitalOutput> outputs = new ArrayList<>();
        PiConfig config = PiConfigReader.parse("pi.json", withRatePin);
        PiTransport t = (PiTransport) PiDevices.open("gpio-hx711", config, "pi.json", () -> {
            Context pi = context(new int[][] {alternating(1, 10)});
            doAnswer(inv -> {
                MockDigitalOutput out = (MockDigitalOutput) inv.callRealMethod();
                DigitalOutputConfig c = inv.getArgument(0);
                if (c.address() == 26) {
                    outputs.add(out);
                } else if (c.address() == 6) {
                    FakeHx711 chip = new FakeHx711(lastDout, out, clock);
                    chip.convert(alternating(1, 10));
                }
                return out;
            }).when(pi).create(any(DigitalOutputConfig.class));
            return pi;
        }, clock).transport();
        t.connect();
        assertThat(config.hx711().ratePin()).isEqualTo(26);
        assertThat(outputs).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(DigitalState.HIGH));
        t.close();
    }

    @Test
    void givenAChipThatIsNeverReady_thenConnectFailsNamingItsPinsAndReleasesThem() {
        PiTransport t = transport(new int[][] {{}});
        assertThatThrownBy(t::connect).isInstanceOf(TransportException.class)
                .hasMessage("HX711 'probe' (DOUT BCM 5, PD_SCK BCM 6) never became ready (DOUT stayed high for 102 ms): "
                        + "check its power and wiring");
        assertThat(contexts.get(0).isShutdown()).isTrue();
    }

    @Test
    void givenTheChipStopsAnswering_thenTheSessionShowsDisconnectedRetriesAndGoesOnWhenItIsBack() throws Exception {
        int[] before = alternating(100, 12);
        int[] after = alternating(200, 12);
        PiTransport t = transport(new int[][] {before, {}, after});
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.events().size() >= 3, 10_000);
        t.close();
        assertThat(sink.awaitEnd(5000)).isEqualTo("device closed");

        // each chip runs out of conversions in the end: down, back up (after one failed retry), down again
        List<DeviceEvent> events = sink.events();
        assertThat(events).extracting(DeviceEvent::kind).startsWith(DeviceEvent.Kind.DISCONNECTED,
                DeviceEvent.Kind.RECONNECTED, DeviceEvent.Kind.DISCONNECTED);
        assertThat(events.get(0).detail()).contains("HX711 'probe' (DOUT BCM 5, PD_SCK BCM 6) never became ready");
        long reconnectedAt = events.get(1).timestampNanos();
        assertThat(reconnectedAt - events.get(0).timestampNanos()).as("one failed retry a second apart")
                .isGreaterThanOrEqualTo(2 * PiTransport.RETRY_MILLIS * 1_000_000L);
        List<Double> early = sink.frames().stream().filter(f -> f.timestampNanos() < reconnectedAt).map(f -> f.value(0)).toList();
        List<Double> late = sink.frames().stream().filter(f -> f.timestampNanos() > reconnectedAt).map(f -> f.value(0)).toList();
        assertInOrderWithin(early, signed(before));
        assertInOrderWithin(late, signed(after));
        assertThat(early).hasSizeGreaterThan(5);
        assertThat(late).hasSizeGreaterThan(5);
        assertThat(sink.frames()).extracting(Frame::sequence).as("sequence numbers go on across the gap")
                .isSorted().doesNotHaveDuplicates();
        assertThat(contexts).hasSize(3);
        assertThat(contexts.get(0).isShutdown()).isTrue();
        assertThat(contexts.get(1).isShutdown()).as("the failed retry released its pins").isTrue();
    }

    @Test
    void givenThePatientPressesTheStopButton_thenAStopEventEndsTheStream() throws Exception {
        int[] many = new int[4000];
        // Spare contexts: on a loaded machine the scheduler can stretch a clock pulse past 60 µs five times
        // in a row, and the transport then reconnects (as it should); the test must not hang on that.
        PiTransport t = transport(new int[][] {many, many, many, many});
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 3, 20_000);
        button.mockState(DigitalState.LOW);
        Thread.sleep(5);
        button.mockState(DigitalState.HIGH);
        Thread.sleep(60);
        assertThat(sink.hasEvent(DeviceEvent.Kind.STOP_BUTTON)).as("a 5 ms bounce is not a press").isFalse();
        button.mockState(DigitalState.LOW);
        assertThat(sink.awaitEnd(5000)).isEqualTo("patient pressed the stop button");
        assertThat(sink.events()).filteredOn(e -> e.kind() == DeviceEvent.Kind.STOP_BUTTON).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("BCM 17"));
    }

    @Test
    void givenTheStreamIsKeptOnTheStopButton_thenAPressIsAnEventAndFramesGoOn() throws Exception {
        int[] many = new int[4000];
        PiTransport t = transport(new int[][] {many, many, many, many});
        t.keepStreamingOnStopButton();
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        sink.await(s -> s.frames().size() >= 3, 20_000);
        button.mockState(DigitalState.LOW);
        sink.await(s -> s.hasEvent(DeviceEvent.Kind.STOP_BUTTON), 5000);
        int framesAtPress = sink.frames().size();
        sink.await(s -> s.frames().size() >= framesAtPress + 3, 20_000);
        assertThat(sink.frames().size()).isGreaterThanOrEqualTo(framesAtPress + 3);
        t.close();
        assertThat(sink.awaitEnd(5000)).isEqualTo("device closed");
    }

    @Test
    void theBuzzerFollowsTheBandState() throws Exception {
        int[] many = new int[4000];
        PiTransport t = transport(new int[][] {many});
        t.connect();
        RecordingSink sink = new RecordingSink();
        t.start(sink);
        List<Long> toggles = new ArrayList<>();
        buzzer.addListener(e -> {
            synchronized (toggles) {
                toggles.add(System.nanoTime());
            }
        });
        t.show(BandState.IN_BAND);
        Thread.sleep(100);
        assertThat(buzzer.state()).isEqualTo(DigitalState.HIGH);
        t.show(BandState.OVER);
        Thread.sleep(700);
        t.show(BandState.NO_CONTACT);
        Thread.sleep(50);
        assertThat(buzzer.state()).isEqualTo(DigitalState.LOW);
        t.close();
        sink.awaitEnd(5000);
        synchronized (toggles) {
            // 700 ms of 80 ms on / 80 ms off beeps: about 8 changes, besides the steady on and the final off
            assertThat(toggles.size()).isBetween(6, 12);
        }
    }
}
