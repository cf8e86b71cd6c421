package org.palpa.adapter.gpio;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.palpa.core.hardware.Hx711Gain;

/**
 * An HX711 in software, wired to Pi4J mock pins: it watches PD_SCK and drives DOUT as the
 * datasheet's timing diagram says. A queued conversion pulls DOUT low; each rising edge shifts
 * out the next bit, MSB first; the 25th pulls DOUT high; the pulse count sets the gain of the
 * next conversion; a high phase over 60 µs on the shared clock powers the chip down and resets it.
 */
final class FakeHx711 {
    private final MockDigitalInput dout;
    private final FakeClock clock;
    private final Deque<Integer> conversions = new ArrayDeque<>();
    private final List<Integer> pulsesPerRead = new ArrayList<>();
    private final List<Hx711Gain> gainOfEachConversion = new ArrayList<>();
    private Hx711Gain nextGain = Hx711Gain.A_128;
    private Integer current;
    private int pulses;
    private long risingAt;
    private int stallOnPulse = -1;
    private long stallNanos;
    private int resets;
    private boolean clockHigh;
    private long fallingAt;
    /** Datasheet: a new conversion every 12.5 ms at 80 SPS; shortened here, but longer than any gap inside a read. */
    static final long CONVERSION_GAP_NANOS = 10_000;
    /** Datasheet: output settling after a reset takes 50 ms at 80 SPS; shortened here to 1 ms. */
    static final long SETTLE_NANOS = 1_000_000;
    private long readyNotBefore;

    FakeHx711(MockDigitalInput dout, MockDigitalOutput pdSck, FakeClock clock) {
        this.dout = dout;
        this.clock = clock;
        dout.mockState(DigitalState.HIGH);
        pdSck.addListener(e -> {
            if (e.state() == DigitalState.HIGH) {
                rising();
            } else {
                falling();
            }
        });
        clock.onTick(this::tick);
    }

    /** Queues conversion results (24-bit codes); DOUT goes low when one is waiting. */
    synchronized FakeHx711 convert(int... raw24) {
        for (int r : raw24) {
            conversions.add(r & 0xFFFFFF);
        }
        loadNext();
        return this;
    }

    /** Makes pulse number {@code pulse} (1-based, counted over the whole life) stay high for {@code nanos} more. */
    synchronized FakeHx711 stallOn(int pulse, long nanos) {
        this.stallOnPulse = pulse;
        this.stallNanos = nanos;
        return this;
    }

    private int totalPulses;

    private synchronized void rising() {
        clockHigh = true;
        risingAt = clock.peek();
        totalPulses++;
        if (totalPulses == stallOnPulse) {
            clock.advance(stallNanos);
        }
        if (current == null) {
            return;
        }
        pulses++;
        if (pulses <= 24) {
            boolean bit = (current >> (24 - pulses) & 1) == 1;
            dout.mockState(bit ? DigitalState.HIGH : DigitalState.LOW);
        } else {
            dout.mockState(DigitalState.HIGH);
        }
    }

    private synchronized void falling() {
        clockHigh = false;
        fallingAt = clock.peek();
        if (clock.peek() - risingAt > 60_000) {
            resets++;
            readyNotBefore = clock.peek() + SETTLE_NANOS;
            nextGain = Hx711Gain.A_128;
            current = null;
            pulses = 0;
            dout.mockState(DigitalState.HIGH);
        }
    }

    private synchronized void tick() {
        if (!clockHigh && clock.peek() - fallingAt >= CONVERSION_GAP_NANOS) {
            loadNext();
        }
    }

    /** Ends the read in progress, if its pulses are complete, and readies the next conversion. */
    private synchronized void loadNext() {
        if (current != null && pulses >= 25) {
            pulsesPerRead.add(pulses);
            nextGain = Hx711Gain.values()[Math.min(pulses, 27) - 25];
            current = null;
            pulses = 0;
        }
        if (current == null && !conversions.isEmpty() && clock.peek() >= readyNotBefore) {
            current = conversions.poll();
            gainOfEachConversion.add(nextGain);
            dout.mockState(DigitalState.LOW);
        }
    }

    /** Pulses of each completed read, counted when the chip starts its next conversion. */
    List<Integer> pulsesPerRead() {
        clock.advance(CONVERSION_GAP_NANOS);
        clock.getAsLong();
        synchronized (this) {
            return List.copyOf(pulsesPerRead);
        }
    }

    /** Conversions still waiting to be read. */
    synchronized int pending() {
        return conversions.size() + (current == null ? 0 : 1);
    }

    synchronized List<Hx711Gain> gainOfEachConversion() {
        return gainOfEachConversion;
    }

    synchronized int resets() {
        return resets;
    }
}
