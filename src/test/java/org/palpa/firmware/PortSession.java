package org.palpa.firmware;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.palpa.core.protocol.Decoded;
import org.palpa.core.protocol.DecoderStats;
import org.palpa.core.protocol.PalpaBinaryDecoder;
import org.palpa.core.protocol.PalpaFrames;

/**
 * A host's conversation with a Palpa device, one command at a time: jSerialComm (the library under
 * Palpa's serial transport) opens the port at 115200 8N1, and Palpa's own {@link PalpaBinaryDecoder}
 * reads what comes back. Everything decoded is kept, in order.
 */
final class PortSession implements AutoCloseable {
    private final SerialPort port;
    private final PalpaBinaryDecoder decoder = new PalpaBinaryDecoder();
    private final byte[] chunk = new byte[4096];
    final List<Decoded> received = new ArrayList<>();
    private int sequence = 1000;

    PortSession(String path) {
        port = SerialPort.getCommPort(path);
        port.setComPortParameters(115_200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 20, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("cannot open " + path);
        }
    }

    /** Sends a command frame with the next sequence number and returns that number. */
    int send(int type, byte... payload) {
        int seq = ++sequence;
        byte[] frame = PalpaFrames.frame(type, seq, 0, payload);
        port.writeBytes(frame, frame.length);
        return seq;
    }

    /** Reads and decodes for {@code millis}. */
    void readFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            readOnce();
        }
    }

    /** Reads until an item matching {@code wanted} arrives after index {@code from}, for at most {@code millis}. */
    Optional<Decoded> await(int from, Predicate<Decoded> wanted, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        do {
            for (int i = from; i < received.size(); i++) {
                if (wanted.test(received.get(i))) {
                    return Optional.of(received.get(i));
                }
            }
            readOnce();
        } while (System.nanoTime() < end);
        return Optional.empty();
    }

    /** Sends a command and waits up to 3 s for its ACK (the emulator may run slower than real time). */
    Optional<Decoded.Ack> command(int type, byte... payload) {
        int from = received.size();
        int seq = send(type, payload);
        return await(from, d -> d instanceof Decoded.Ack a && a.commandSequence() == seq, 3000).map(Decoded.Ack.class::cast);
    }

    /**
     * Reads until {@code count} samples have come after index {@code from}, for at most {@code millis}:
     * counted in samples, not wall time, because the emulator may run slower than real time on a busy machine.
     */
    List<Decoded.Sample> awaitSamples(int from, int count, long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (samplesFrom(from).size() < count && System.nanoTime() < end) {
            readOnce();
        }
        return samplesFrom(from);
    }

    /** The samples received from index {@code from} on. */
    List<Decoded.Sample> samplesFrom(int from) {
        return received.subList(from, received.size()).stream().filter(Decoded.Sample.class::isInstance)
                .map(Decoded.Sample.class::cast).toList();
    }

    DecoderStats.Snapshot stats() {
        return decoder.stats().snapshot();
    }

    private void readOnce() {
        int n = port.readBytes(chunk, chunk.length);
        if (n > 0) {
            decoder.feed(chunk, 0, n, received::add);
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
