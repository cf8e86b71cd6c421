package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.app.port.TransportException;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * The serial transport over real pseudo-terminals made by socat, read through jSerialComm by
 * path, with a {@link DeviceEmulator} on the far end.
 */
class SerialTransportPtyTest {
    static final List<String> GLOVE = List.of("thumb", "index", "middle", "ring", "little");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsSocat() {
        assumeTrue(PtyPair.socatInstalled(), "socat is not installed: apt-get install socat (.ci/run does)");
    }

    static byte[] glove(long seq) {
        int s = (int) seq;
        return PalpaFrames.data(s & 0xFFFF, (s * 2000L) & 0xFFFFFFFFL, s, -s, s * 3, 1 << 20, s % 1024);
    }

    static DeviceEmulator.Mode.Palpa palpaGlove(int frames, double rateHz, long firstSequence) {
        return new DeviceEmulator.Mode.Palpa(seq -> PalpaFrames.hello((int) (seq & 0xFFFF), 0, "palpa-glove", "G0007",
                "1.0.0", 10, 500, GLOVE), frames, rateHz, firstSequence, SerialTransportPtyTest::glove);
    }

    /**
     * Checks frames are numbered without a gap and carry exactly the values the emulator encoded
     * from the device's frame number (which also counted its ACK and HELLO frames).
     */
    static void assertExactGloveFrames(List<Frame> frames, int count) {
        long firstSequence = frames.get(0).sequence();
        double firstRaw = frames.get(0).value(0);
        for (int k = 0; k < count; k++) {
            Frame f = frames.get(k);
            double raw = firstRaw + k;
            assertThat(f.sequence()).isEqualTo(firstSequence + k);
            assertThat(f.values()).containsExactly(raw, -raw, raw * 3, 1 << 20, raw % 1024);
            if (k > 0) {
                assertThat(f.timestampNanos()).isGreaterThan(frames.get(k - 1).timestampNanos());
            }
        }
    }

    @Test
    void palpaBinary_everyFrameArrives_withExactValues_acrossASequenceWrap() throws Exception {
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, palpaGlove(3000, 1000, 65_000));
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), Protocol.PALPA, 0, 2000))) {
            DeviceInfo info = transport.connect();
            assertThat(info.model()).isEqualTo("palpa-glove");
            assertThat(info.channelNames()).isEqualTo(GLOVE);
            RecordingSink sink = new RecordingSink();
            transport.start(sink);
            assertThat(RecordingSink.await(15, () -> sink.frames.size() >= 3000)).as("frames: %d", sink.frames.size()).isTrue();

            // the emulator acknowledged STOP, IDENTIFY (then HELLO) and START first: DATA runs from
            // device frame 65,004 across the wrap at 65,536
            assertThat(sink.frames.get(0).value(0)).isEqualTo(65_004);
            assertExactGloveFrames(sink.frames, 3000);
            SerialStats.Snapshot s = transport.stats().snapshot();
            assertThat(s.frames()).isGreaterThanOrEqualTo(3000);
            assertThat(s.checksumErrors() + s.otherErrors() + s.lostFrames() + s.overrunBytes()).isZero();
        }
    }

    @Test
    void killingSocatAndStartingItAgain_showsADisconnectThenAGapThenAReconnectWithinOneSecond() throws Exception {
        PtyPair pty = new PtyPair(dir);
        DeviceEmulator first = DeviceEmulator.on(pty.device, palpaGlove(1_000_000, 500, 100));
        try (SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), Protocol.PALPA, 0, 5000))) {
            transport.connect();
            RecordingSink sink = new RecordingSink();
            transport.start(sink);
            assertThat(RecordingSink.await(10, () -> sink.frames.size() >= 500)).isTrue();

            pty.kill(); // the cable is pulled
            first.close();
            assertThat(RecordingSink.await(5, () -> sink.eventKinds().contains(DeviceEvent.Kind.DISCONNECTED))).isTrue();
            int beforeGap = sink.frames.size();
            Thread.sleep(300);

            pty.start(); // the device is plugged in again; it restarts and numbers its frames from 0
            long backNanos = System.nanoTime();
            try (DeviceEmulator second = DeviceEmulator.on(pty.device, palpaGlove(1_000_000, 500, 0))) {
                assertThat(RecordingSink.await(5, () -> sink.eventKinds().contains(DeviceEvent.Kind.RECONNECTED))).isTrue();
                int reconnectedAt = sink.eventKinds().indexOf(DeviceEvent.Kind.RECONNECTED);
                double reconnectSeconds = (sink.eventArrivalNanos.get(reconnectedAt) - backNanos) / 1e9;
                assertThat(reconnectSeconds).as("seconds from the port's return to the reconnect").isLessThan(1.0);
                assertThat(sink.eventKinds()).containsSubsequence(DeviceEvent.Kind.DISCONNECTED, DeviceEvent.Kind.GAP,
                        DeviceEvent.Kind.RECONNECTED);
                assertThat(RecordingSink.await(10, () -> sink.frames.size() >= beforeGap + 500)).isTrue();

                List<Frame> after = List.copyOf(sink.frames).subList(beforeGap, beforeGap + 500);
                assertThat(after.get(0).sequence()).isGreaterThan(sink.frames.get(beforeGap - 1).sequence());
                assertThat(after.get(0).timestampNanos()).isGreaterThan(sink.frames.get(beforeGap - 1).timestampNanos());
                for (int k = 1; k < after.size(); k++) {
                    Frame f = after.get(k);
                    double raw = f.value(0);
                    assertThat(f.sequence()).isEqualTo(after.get(k - 1).sequence() + 1);
                    assertThat(raw).isEqualTo(after.get(k - 1).value(0) + 1);
                    assertThat(f.values()).containsExactly(raw, -raw, raw * 3, 1 << 20, raw % 1024);
                }
                assertThat(transport.stats().snapshot().reconnects()).isEqualTo(1);
                System.out.printf("reconnect after socat restart: %.0f ms%n", reconnectSeconds * 1000);
            }
        } finally {
            pty.close();
        }
    }

    @Test
    void lineNoiseAndDamagedFrames_areSkipped_countedAndTheRestArriveExactly() throws Exception {
        byte[] noise = {0x00, 0x13, 0x55, 0x7F, (byte) 0xFF, 0x0A, 0x0D};
        DeviceEmulator.Mode.Palpa mode = new DeviceEmulator.Mode.Palpa(seq -> PalpaFrames.hello((int) (seq & 0xFFFF), 0,
                "palpa-glove", "G0007", "1.0.0", 10, 500, GLOVE), 1000, 1000, 0, seq -> {
            byte[] frame = glove(seq);
            if (seq % 100 == 50) {
                frame[12] ^= 0x40; // a damaged frame: its CRC fails
            }
            if (seq % 10 == 0) {
                byte[] noisy = java.util.Arrays.copyOf(noise, noise.length + frame.length);
                System.arraycopy(frame, 0, noisy, noise.length, frame.length);
                return noisy;
            }
            return frame;
        });
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, mode);
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), Protocol.PALPA, 0, 2000))) {
            transport.connect();
            RecordingSink sink = new RecordingSink();
            transport.start(sink);
            assertThat(RecordingSink.await(10, () -> sink.frames.size() >= 990)).as("frames %d", sink.frames.size()).isTrue();
            Thread.sleep(200);

            assertThat(sink.frames).hasSize(990);
            long offset = sink.frames.get(0).sequence() - (long) sink.frames.get(0).value(0);
            for (Frame f : sink.frames) {
                double raw = f.value(0);
                assertThat((long) raw % 100).as("damaged frames never arrive").isNotEqualTo(50);
                assertThat(f.sequence()).as("numbered by the device, gaps where frames were damaged")
                        .isEqualTo((long) raw + offset);
                assertThat(f.values()).containsExactly(raw, -raw, raw * 3, 1 << 20, raw % 1024);
            }
            SerialStats.Snapshot s = transport.stats().snapshot();
            assertThat(s.checksumErrors()).isEqualTo(10);
            assertThat(s.lostFrames()).isEqualTo(10);
            assertThat(s.resyncs()).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void aDeviceThatFallsSilent_triggersTheWatchdogOnce() throws Exception {
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, palpaGlove(100, 500, 0));
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), Protocol.PALPA, 0, 300))) {
            transport.connect();
            RecordingSink sink = new RecordingSink();
            transport.start(sink);
            assertThat(RecordingSink.await(5, () -> sink.frames.size() >= 100)).isTrue();
            assertThat(RecordingSink.await(3, () -> sink.eventKinds().contains(DeviceEvent.Kind.GAP))).isTrue();
            Thread.sleep(700);
            assertThat(sink.events).singleElement().satisfies(e -> assertThat(e.detail()).startsWith("no data from"));
            assertThat(transport.stats().snapshot().watchdogWarnings()).isEqualTo(1);
        }
    }

    @Test
    void autoDetection_recognisesASilentPalpaDevice_andAPolledGauge() throws Exception {
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, palpaGlove(10, 100, 0));
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), null, 0, 2000))) {
            assertThat(transport.connect().model()).isEqualTo("palpa-glove");
            assertThat(transport.protocol()).isEqualTo(Protocol.PALPA);
        }
        try (PtyPair pty = new PtyPair(dir);
             DeviceEmulator device = DeviceEmulator.on(pty.device, new DeviceEmulator.Mode.Polled("?\r", n -> "4.285 N\r\n"));
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), null, 0, 2000))) {
            transport.connect();
            assertThat(transport.protocol()).isEqualTo(Protocol.MARK10);
        }
    }

    @Test
    void aPortThatDoesNotExist_orASilentDevice_failsWithAMessageNamingThePort() throws Exception {
        String missing = dir.resolve("no-such-port").toString();
        assertThatThrownBy(() -> SerialTransport.of(new SerialSettings(missing, Protocol.PALPA, 0, 2000)).connect())
                .isInstanceOf(TransportException.class).hasMessageContaining("no serial port '" + missing + "'");
        try (PtyPair pty = new PtyPair(dir);
             SerialTransport transport = SerialTransport.of(new SerialSettings(pty.host.toString(), Protocol.PALPA, 0, 2000))) {
            assertThatThrownBy(transport::connect).isInstanceOf(TransportException.class)
                    .hasMessageContaining("no HELLO from the device on " + pty.host);
        }
    }
}
