package org.palpa.adapter.serial;

import java.util.List;
import java.util.Optional;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.app.port.TransportException;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.sample.DeviceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device on a serial port, through jSerialComm. One reader thread does semi-blocking reads into
 * a bounded {@link ChunkBuffer} (and polls a gauge that must be asked); a second thread decodes
 * and delivers ({@link SerialDecoding}). When the device is unplugged the reader closes the port,
 * marks the gap, and opens it again, by USB serial number when it has one, within
 * {@link SerialSettings#RECONNECT_POLL_MILLIS} of its return.
 */
public final class SerialTransport implements Transport {
    /** Opens a port by name or USB serial number; empty when it is not there. */
    interface LinkOpener {
        Optional<SerialLink> open(String name, int baud);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SerialTransport.class);
    private static final int CHUNKS = 256;
    private static final int CHUNK_BYTES = 4096;

    private final SerialSettings settings;
    private final LinkOpener opener;
    private final SerialStats stats = new SerialStats();
    private final ChunkBuffer buffer = new ChunkBuffer(CHUNKS, CHUNK_BYTES);
    private final RateLimitedLog reconnectLog = new RateLimitedLog(LOG, 5000);
    private volatile boolean closed;
    private Handshake.Result connected;
    private SerialLink link;
    private String reconnectName;
    private int baud;
    private long lostAtNanos;
    private Thread reader;
    private Thread decoding;

    SerialTransport(SerialSettings settings, LinkOpener opener) {
        this.settings = settings;
        this.opener = opener;
    }

    /** A transport for the port and protocol in {@code settings}; nothing is opened until {@link #connect()}. */
    public static SerialTransport of(SerialSettings settings) {
        return new SerialTransport(settings, SerialTransport::openJSerialComm);
    }

    /** The serial ports the operating system lists. */
    public static List<PortDescription> listPorts() {
        try {
            return JSerialCommLink.list();
        } catch (LinkageError e) {
            throw nativeLibraryMissing(e);
        }
    }

    private static Optional<SerialLink> openJSerialComm(String name, int baud) {
        try {
            return JSerialCommLink.open(name, baud);
        } catch (LinkageError e) {
            throw nativeLibraryMissing(e);
        }
    }

    private static TransportException nativeLibraryMissing(LinkageError e) {
        return new TransportException("the serial-port library could not load its native part (" + e.getMessage()
                + "); if /tmp is mounted noexec, run with PALPA_JAVA_OPTS=-Djava.io.tmpdir=$HOME/.cache/palpa (docs/devices.md)", e);
    }

    @Override
    public DeviceInfo connect() {
        baud = settings.baudFor(settings.protocol());
        link = opener.open(settings.port(), baud).orElseThrow(() -> new TransportException("no serial port '"
                + settings.port() + "': not a device path, port name or USB serial number that is present now"
                + " (palpa ports lists them)"));
        try {
            connected = new Handshake(link, settings.port(), baud).run(settings.protocol());
        } catch (RuntimeException e) {
            link.close();
            throw e;
        }
        reconnectName = link.usbSerial().isEmpty() ? settings.port() : link.usbSerial();
        LOG.info("{} on {} at {} baud: {} ({} channels at {} Hz)", connected.protocol().id(), settings.port(), baud,
                connected.device().model(), connected.device().channelCount(), connected.device().nominalRateHz());
        return connected.device();
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (connected == null) {
            throw new IllegalStateException("connect() first");
        }
        if (reader != null) {
            throw new IllegalStateException("serial transport on " + settings.port() + " already started");
        }
        SerialDecoding work = new SerialDecoding(connected, settings, buffer, stats, sink, () -> closed);
        decoding = new Thread(work::run, "palpa-serial-decode");
        decoding.setDaemon(true);
        reader = new Thread(this::read, "palpa-serial-read");
        reader.setDaemon(true);
        reader.setPriority(Thread.MAX_PRIORITY);
        decoding.start();
        reader.start();
    }

    private void read() {
        Protocol protocol = connected.protocol();
        byte[] poll = protocol.pollCommand();
        long pollNanos = protocol.isPolled() ? (long) (1e9 / protocol.pollHz()) : 0;
        long nextPoll = System.nanoTime();
        byte[] scratch = new byte[CHUNK_BYTES];
        while (!closed) {
            if (link == null) {
                reconnect(protocol);
                continue;
            }
            long now = System.nanoTime();
            if (pollNanos > 0 && now - nextPoll >= 0) {
                link.write(poll);
                nextPoll = Math.max(nextPoll + pollNanos, now);
            }
            ChunkBuffer.Chunk c = buffer.borrow();
            byte[] target = c != null ? c.data : scratch;
            int n;
            try {
                n = link.read(target, target.length);
            } catch (RuntimeException e) {
                LOG.warn("reading {} failed: {}", settings.port(), e.toString());
                n = -1;
            }
            if (n < 0) {
                if (c != null) {
                    buffer.release(c);
                }
                if (closed || jvmShuttingDown()) {
                    break; // closing, or Ctrl+C and jSerialComm's own hook closed the port: not an unplug
                }
                lost();
            } else if (c == null) {
                stats.bytes.addAndGet(n);
                stats.overrunBytes.addAndGet(n);
            } else if (n == 0) {
                buffer.release(c);
            } else {
                stats.bytes.addAndGet(n);
                c.length = n;
                c.arrivalNanos = System.nanoTime();
                buffer.publish(c);
            }
        }
        SerialLink last = link;
        if (last != null) {
            last.write(protocol.isPalpa() ? stopCommand(protocol) : protocol.stopCommand());
            last.close();
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static byte[] stopCommand(Protocol protocol) {
        return protocol == Protocol.PALPA ? org.palpa.core.protocol.PalpaFrames.command(
                org.palpa.core.protocol.PalpaFrames.STOP, 3) : Handshake.asciiCommand("C,STOP");
    }

    private void lost() {
        link.close();
        link = null;
        LOG.warn("{} disconnected; looking for it again every {} ms", settings.port(), SerialSettings.RECONNECT_POLL_MILLIS);
        buffer.mark(ChunkBuffer.Kind.DISCONNECTED, System.nanoTime(), settings.port() + " disconnected");
        lostAtNanos = System.nanoTime();
    }

    private void reconnect(Protocol protocol) {
        try {
            Thread.sleep(SerialSettings.RECONNECT_POLL_MILLIS);
            Optional<SerialLink> back = opener.open(reconnectName, baud);
            if (back.isEmpty() && !reconnectName.equals(settings.port())) {
                back = opener.open(settings.port(), baud);
            }
            if (back.isEmpty()) {
                return;
            }
            link = back.get();
            for (byte[] command : Handshake.startCommands(protocol)) {
                link.write(command);
            }
            stats.reconnects.incrementAndGet();
            double seconds = (System.nanoTime() - lostAtNanos) / 1e9;
            LOG.info("{} is back after {} s", settings.port(), String.format(java.util.Locale.ROOT, "%.1f", seconds));
            buffer.mark(ChunkBuffer.Kind.RECONNECTED, System.nanoTime(),
                    String.format(java.util.Locale.ROOT, "%s reconnected after %.1f s", settings.port(), seconds));
        } catch (RuntimeException e) {
            // busy, no permission yet (udev still applying the group), or a library hiccup: try again
            reconnectLog.warn("cannot reopen " + settings.port() + " yet: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public boolean waitsForConsumer() {
        return false;
    }

    /** The counts so far: bytes, frames, errors, losses, reconnects. */
    public SerialStats stats() {
        return stats;
    }

    /** The protocol in use, known after {@link #connect()}. */
    public Protocol protocol() {
        return connected == null ? settings.protocol() : connected.protocol();
    }

    @Override
    public void close() {
        closed = true;
        Thread r;
        Thread d;
        synchronized (this) {
            r = reader;
            d = decoding;
        }
        try {
            if (r != null && r != Thread.currentThread()) {
                r.join(1000);
            } else if (r == null && link != null) {
                link.close();
            }
            if (d != null && d != Thread.currentThread()) {
                d.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
