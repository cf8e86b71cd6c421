package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/** The decoding thread fed straight from a chunk buffer, with no port. */
class SerialDecodingTest {
    private final DeviceInfo device = new DeviceInfo("palpa-algometer", "A1", "1.0.0",
            List.of(new Channel(0, "probe", Unit.COUNTS)), 80);

    private RecordingSink decode(byte[]... chunks) throws InterruptedException {
        ChunkBuffer buffer = new ChunkBuffer(8, 4096);
        for (byte[] bytes : chunks) {
            ChunkBuffer.Chunk c = buffer.borrow();
            System.arraycopy(bytes, 0, c.data, 0, bytes.length);
            c.length = bytes.length;
            c.arrivalNanos = System.nanoTime();
            buffer.publish(c);
        }
        RecordingSink sink = new RecordingSink();
        AtomicBoolean closed = new AtomicBoolean();
        Handshake.Result connected = new Handshake.Result(Protocol.PALPA, Protocol.PALPA.newDecoder(), device, List.of());
        Thread t = new Thread(new SerialDecoding(connected, new SerialSettings("fake", Protocol.PALPA, 0, 5000), buffer,
                new SerialStats(), sink, closed::get)::run);
        t.start();
        RecordingSink.await(2, () -> sink.frames.size() + sink.events.size() >= chunks.length);
        closed.set(true);
        t.join(2000);
        return sink;
    }

    @Test
    void anEventBetweenTwoSamples_takesASequenceNumber_butIsNotCountedAsALostFrame() throws Exception {
        RecordingSink sink = decode(PalpaFrames.data(10, 1000, 5), PalpaFrames.event(11, 2000, 1, -1),
                PalpaFrames.data(12, 3000, 6));
        assertThat(sink.frames).extracting(f -> f.sequence()).containsExactly(10L, 11L);
        assertThat(sink.eventKinds()).containsExactly(DeviceEvent.Kind.STOP_BUTTON);
        assertThat(sink.events.get(0).timestampNanos()).isBetween(sink.frames.get(0).timestampNanos(),
                sink.frames.get(1).timestampNanos());
    }

    @Test
    void aFrameWithTheWrongChannelCount_isCountedAndNotDelivered() throws Exception {
        RecordingSink sink = decode(PalpaFrames.data(1, 1000, 5, 6), PalpaFrames.data(2, 2000, 7));
        assertThat(sink.frames).singleElement().satisfies(f -> assertThat(f.values()).containsExactly(7.0));
    }
}
