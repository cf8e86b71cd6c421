package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.Frame;

/** Reconnecting by USB serial number, with in-memory links standing in for the adapter. */
class SerialTransportReconnectTest {

    @Test
    void anAdapterThatComesBackUnderANewPath_isFoundAgainByItsUsbSerialNumber() throws Exception {
        FakeLink before = new FakeLink("/dev/ttyUSB0", "A0001", 5, 100, true);
        FakeLink after = new FakeLink("/dev/ttyUSB1", "A0001", 5, 200, false);
        List<String> asked = new CopyOnWriteArrayList<>();
        SerialTransport.LinkOpener opener = (name, baud) -> {
            asked.add(name);
            if (name.equals("/dev/ttyUSB0") && asked.size() == 1) {
                return Optional.of(before);
            }
            return name.equals("A0001") && asked.size() >= 3 ? Optional.of(after) : Optional.empty();
        };
        try (SerialTransport transport = new SerialTransport(new SerialSettings("/dev/ttyUSB0", Protocol.PALPA, 0, 5000),
                opener)) {
            assertThat(transport.connect().serialNumber()).isEqualTo("A0001");
            RecordingSink sink = new RecordingSink();
            transport.start(sink);
            assertThat(RecordingSink.await(5, () -> sink.frames.size() >= 10)).as("frames %s", sink.frames).isTrue();

            assertThat(sink.frames).extracting(f -> f.value(0)).containsExactly(100.0, 101.0, 102.0, 103.0, 104.0,
                    200.0, 201.0, 202.0, 203.0, 204.0);
            assertThat(sink.frames).extracting(Frame::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(sink.eventKinds()).containsExactly(DeviceEvent.Kind.DISCONNECTED, DeviceEvent.Kind.GAP,
                    DeviceEvent.Kind.RECONNECTED);
            // first by the path the user gave, then by serial number; the old path is tried when that fails
            assertThat(asked.get(0)).isEqualTo("/dev/ttyUSB0");
            assertThat(asked.subList(1, asked.size())).contains("A0001").last().isEqualTo("A0001");
            assertThat(transport.stats().snapshot().reconnects()).isEqualTo(1);
        }
    }
}
