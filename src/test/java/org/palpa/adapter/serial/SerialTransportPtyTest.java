package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /** Checks frames are numbered without a gap and carry exactly the values their number encodes. */
    static void assertExactGloveFrames(List<Frame> frames, int count) {
        long first = frames.get(0).sequence();
        for (int k = 0; k < count; k++) {
            Frame f = frames.get(k);
            long raw = f.sequence();
            assertThat(raw).isEqualTo(first + k);
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

            // ACK, HELLO and ACK came first; the 3,000 DATA frames run from 65,003 across the wrap at 65,536
            assertThat(sink.frames.get(0).sequence()).isEqualTo(65_003);
            assertExactGloveFrames(sink.frames, 3000);
            SerialStats.Snapshot s = transport.stats().snapshot();
            assertThat(s.frames()).isGreaterThanOrEqualTo(3000);
            assertThat(s.checksumErrors() + s.otherErrors() + s.lostFrames() + s.overrunBytes()).isZero();
        }
    }
}
