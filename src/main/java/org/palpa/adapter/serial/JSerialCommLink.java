package org.palpa.adapter.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import com.fazecast.jSerialComm.SerialPortDataListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.palpa.app.port.TransportException;

/**
 * A {@link SerialLink} on jSerialComm: 8N1, no flow control, semi-blocking reads with a short
 * timeout so the reader thread can notice a close, and a listener for
 * {@code LISTENING_EVENT_PORT_DISCONNECTED}.
 */
final class JSerialCommLink implements SerialLink {
    /** How long one read waits for the first byte; bounds how fast the reader notices a close. */
    static final int READ_TIMEOUT_MILLIS = 50;

    private final SerialPort port;
    private final String path;
    private final String usbSerial;
    private volatile boolean gone;
    private long lastCheckNanos = System.nanoTime();

    private JSerialCommLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
        this.usbSerial = nonNull(port.getSerialNumber());
    }

    /**
     * Opens {@code name}: a system port path or name, or else the USB serial number of a listed port.
     *
     * @return the open link, or empty when no such port exists right now
     * @throws TransportException when the port exists but cannot be opened (busy, no permission)
     */
    static Optional<SerialLink> open(String name, int baud) {
        SerialPort port = find(name);
        if (port == null) {
            return Optional.empty();
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
        if (!port.openPort()) {
            int code = port.getLastErrorCode();
            throw new TransportException("cannot open serial port " + port.getSystemPortPath() + ": "
                    + explain(code) + " (error " + code + " at " + port.getLastErrorLocation() + ")");
        }
        JSerialCommLink link = new JSerialCommLink(port, name);
        port.addDataListener(new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent event) {
                link.gone = true;
            }
        });
        return Optional.of(link);
    }

    private static SerialPort find(String name) {
        if (java.nio.file.Files.exists(java.nio.file.Path.of(name))) {
            try {
                return SerialPort.getCommPort(name);
            } catch (SerialPortInvalidPortException e) {
                return null;
            }
        }
        for (SerialPort p : SerialPort.getCommPorts()) {
            if (name.equals(p.getSystemPortName()) || name.equals(p.getSystemPortPath())
                    || name.equals(p.getSerialNumber())) {
                return p;
            }
        }
        return null;
    }

    /** Every port the operating system lists; pseudo-terminals such as /dev/pts/N are not among them. */
    static List<PortDescription> list() {
        List<PortDescription> ports = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            ports.add(new PortDescription(p.getSystemPortPath(), p.getPortDescription(), nonNull(p.getSerialNumber()),
                    p.getVendorID(), p.getProductID(), p.getPortLocation()));
        }
        return ports;
    }

    private static String explain(int errno) {
        return switch (errno) {
            case 13 -> "permission denied; add yourself to the dialout group (docs/devices.md)";
            case 16 -> "the port is busy; another program has it open";
            case 2 -> "no such device";
            default -> "the operating system refused";
        };
    }

    @Override
    public int read(byte[] buffer, int max) {
        if (gone) {
            return -1;
        }
        int n = port.readBytes(buffer, max);
        if (n == 0 && System.nanoTime() - lastCheckNanos > 200_000_000L) {
            // some drivers (and pseudo-terminals) report an unplug only by the device node vanishing
            lastCheckNanos = System.nanoTime();
            gone = !java.nio.file.Files.exists(java.nio.file.Path.of(path)) || port.bytesAvailable() < 0;
        }
        return n < 0 || gone ? -1 : n;
    }

    @Override
    public boolean write(byte[] bytes) {
        return !gone && port.writeBytes(bytes, bytes.length) == bytes.length;
    }

    @Override
    public boolean disconnected() {
        return gone;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String usbSerial() {
        return usbSerial;
    }

    @Override
    public void close() {
        port.removeDataListener();
        port.closePort();
    }

    private static String nonNull(String s) {
        return s == null || s.equalsIgnoreCase("Unknown") ? "" : s;
    }
}
