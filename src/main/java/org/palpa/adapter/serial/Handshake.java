package org.palpa.adapter.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.palpa.app.port.TransportException;
import org.palpa.core.protocol.CsvLineDecoder;
import org.palpa.core.protocol.Decoded;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.protocol.ProtocolDetector;
import org.palpa.core.protocol.StreamDecoder;
import org.palpa.core.sample.DeviceInfo;

/**
 * What happens between opening a port and streaming: recognise the protocol when asked to, get a
 * Palpa device to introduce itself and start, or get a gauge talking and learn its rate. Whatever
 * was decoded on the way is kept, so no sample is lost.
 */
final class Handshake {
    /** A decoded item and when its bytes arrived. */
    record Pending(Decoded decoded, long arrivalNanos) { }

    /** The outcome: the protocol, its decoder (holding any partial frame), the device, and the items so far. */
    record Result(Protocol protocol, StreamDecoder decoder, DeviceInfo device, List<Pending> pending) { }

    private static final Protocol[] PASSIVE = {Protocol.PALPA, Protocol.PALPA_ASCII, Protocol.IMADA, Protocol.WAGNER,
        Protocol.CSV};
    private static final long PASSIVE_MILLIS = 1200;
    private static final long REPLY_MILLIS = 3000;
    private static final int MAX_PENDING = 10_000;

    private final SerialLink link;
    private final String port;
    private final int baud;
    private final byte[] chunk = new byte[4096];
    private final List<Pending> pending = new ArrayList<>();
    private byte[] seen = new byte[0];

    Handshake(SerialLink link, String port, int baud) {
        this.link = link;
        this.port = port;
        this.baud = baud;
    }

    Result run(Protocol requested) {
        Protocol protocol = requested != null ? requested : detect();
        StreamDecoder decoder = protocol.newDecoder();
        if (protocol.isPalpa()) {
            // frames left in the operating system's buffer from an earlier session would show as a
            // huge sequence jump: stop the device and throw away what is waiting before greeting it
            link.write(protocol == Protocol.PALPA ? PalpaFrames.command(PalpaFrames.STOP, 0) : asciiCommand("C,STOP"));
            drain();
        } else {
            decoder.feed(seen, 0, seen.length, d -> keep(d, System.nanoTime()));
        }
        DeviceInfo device = protocol.isPalpa() ? greetPalpa(protocol, decoder) : listenToGauge(protocol, decoder);
        return new Result(protocol, decoder, device, List.copyOf(pending));
    }

    /** Reads and discards until the line has been quiet for 100 ms, for at most half a second. */
    private void drain() {
        long end = System.nanoTime() + 500_000_000L;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < end && System.nanoTime() - quietSince < 100_000_000L) {
            if (readOnce() > 0) {
                quietSince = System.nanoTime();
            }
        }
    }

    /** Commands that (re)start a device of {@code protocol}: IDENTIFY and START, or a gauge's start command. */
    static byte[][] startCommands(Protocol protocol) {
        return switch (protocol) {
            case PALPA -> new byte[][] {PalpaFrames.command(PalpaFrames.IDENTIFY, 1),
                PalpaFrames.command(PalpaFrames.START, 2)};
            case PALPA_ASCII -> new byte[][] {asciiCommand("C,IDENTIFY"), asciiCommand("C,START")};
            default -> new byte[][] {protocol.startCommand()};
        };
    }

    static byte[] asciiCommand(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum ^= body.charAt(i);
        }
        return String.format(Locale.ROOT, "$%s*%02X\r\n", body, sum).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private Protocol detect() {
        long end = System.nanoTime() + PASSIVE_MILLIS * 1_000_000L;
        while (System.nanoTime() < end) {
            readOnce();
            Optional<Protocol> p = ProtocolDetector.detect(seen, seen.length, PASSIVE);
            if (p.isPresent() && seen.length >= 32) {
                return p.get();
            }
        }
        Optional<Protocol> p = ProtocolDetector.detect(seen, seen.length, PASSIVE);
        if (p.isPresent()) {
            return p.get();
        }
        for (Protocol probe : new Protocol[] {Protocol.PALPA, Protocol.PALPA_ASCII, Protocol.MARK10, Protocol.IMADA,
            Protocol.SHIMPO}) {
            seen = new byte[0];
            byte[] ask = probe.isPalpa() ? startCommands(probe)[0] : probe.pollCommand();
            for (int i = 0; i < 2; i++) {
                link.write(ask);
                readFor(300);
            }
            if (ProtocolDetector.detect(seen, seen.length, probe).isPresent()) {
                return probe;
            }
        }
        throw new TransportException("could not recognise the device on " + port + " at " + baud
                + " baud (tried " + Protocol.ids().replace('|', ',') + "); give --protocol and check --baud");
    }

    private DeviceInfo greetPalpa(Protocol protocol, StreamDecoder decoder) {
        byte[][] commands = startCommands(protocol);
        for (int attempt = 0; attempt < 3; attempt++) {
            DeviceInfo hello = helloIn(pending);
            if (hello != null) {
                link.write(commands[1]);
                return hello;
            }
            link.write(commands[0]);
            long end = System.nanoTime() + 700_000_000L;
            while (System.nanoTime() < end && helloIn(pending) == null) {
                int n = readOnce();
                long now = System.nanoTime();
                decoder.feed(chunk, 0, Math.max(0, n), d -> keep(d, now));
            }
        }
        DeviceInfo hello = helloIn(pending);
        if (hello == null) {
            throw new TransportException("no HELLO from the device on " + port + " within 2 s at " + baud
                    + " baud: is it a Palpa device speaking " + protocol.id() + "? (docs/devices.md)");
        }
        link.write(commands[1]);
        return hello;
    }

    private DeviceInfo listenToGauge(Protocol protocol, StreamDecoder decoder) {
        link.write(protocol.startCommand());
        long start = System.nanoTime();
        long end = start + REPLY_MILLIS * 1_000_000L;
        long firstAt = 0;
        long lastAt = 0;
        int samples = 0;
        int laterSamples = 0;
        long nextPoll = start;
        // a streaming device is timed for a second after its first reading; readings that were
        // already waiting in the buffer arrive together and say nothing about the rate
        while (System.nanoTime() < end && (samples == 0 || (!protocol.isPolled() && protocol != Protocol.WAGNER
                && System.nanoTime() - firstAt < 1_000_000_000L))) {
            if (protocol.isPolled() && System.nanoTime() >= nextPoll) {
                link.write(protocol.pollCommand());
                nextPoll += (long) (1e9 / protocol.pollHz());
            }
            int n = readOnce();
            long now = System.nanoTime();
            int before = pending.size();
            decoder.feed(chunk, 0, Math.max(0, n), d -> keep(d, now));
            int fresh = (int) pending.subList(before, pending.size()).stream()
                    .filter(p -> p.decoded() instanceof Decoded.Sample).count();
            if (fresh > 0 && samples == 0) {
                firstAt = now;
            } else if (fresh > 0) {
                laterSamples += fresh;
                lastAt = now;
            }
            samples += fresh;
        }
        Decoded.Sample first = (Decoded.Sample) pending.stream().map(Pending::decoded)
                .filter(d -> d instanceof Decoded.Sample).findFirst().orElse(null);
        if (first == null) {
            throw new TransportException("no readable " + protocol.id() + " data from " + port + " within "
                    + REPLY_MILLIS / 1000 + " s at " + baud + " baud; check the baud rate and the device's serial"
                    + " output settings (docs/devices.md)");
        }
        double measured = lastAt - firstAt > 200_000_000L ? laterSamples / ((lastAt - firstAt) / 1e9) : 10;
        double rate = protocol.isPolled() ? protocol.pollHz() : protocol == Protocol.WAGNER ? 10
                : Math.min(10_000, Math.max(0.5, measured));
        List<String> header = decoder instanceof CsvLineDecoder csv ? csv.header() : List.of();
        return protocol.describe(port, first.values().length, header, Math.round(rate * 10) / 10.0);
    }

    private static DeviceInfo helloIn(List<Pending> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).decoded() instanceof Decoded.Hello h) {
                return h.device();
            }
        }
        return null;
    }

    private void keep(Decoded d, long arrival) {
        if (!(d instanceof Decoded.Corrupt) && pending.size() < MAX_PENDING) {
            pending.add(new Pending(d, arrival));
        }
    }

    private int readOnce() {
        int n = link.read(chunk, chunk.length);
        if (n < 0) {
            throw new TransportException("the device on " + port + " went away while connecting");
        }
        if (n > 0 && seen.length < 65536) {
            byte[] more = java.util.Arrays.copyOf(seen, seen.length + n);
            System.arraycopy(chunk, 0, more, seen.length, n);
            seen = more;
        }
        return n;
    }

    private void readFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            readOnce();
        }
    }
}
