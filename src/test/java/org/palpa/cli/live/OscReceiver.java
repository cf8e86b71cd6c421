package org.palpa.cli.live;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback OSC 1.0 receiver for tests, written from the specification apart from Palpa's own
 * writer and parser: it keeps every datagram, and reads bundles and messages with int32, float32
 * and string arguments into text such as {@code /palpa/live/force ,if 0 1.25}.
 */
public final class OscReceiver implements AutoCloseable {
    /** One OSC message as text: address, type tags and arguments, separated by spaces. */
    public record Message(String text, List<Object> arguments) {
        public int intArgument(int i) {
            return (Integer) arguments.get(i);
        }
    }

    /** One datagram: a bundle of messages, or a single message. */
    public record Datagram(boolean bundle, List<Message> messages) {
    }

    private final DatagramSocket socket;
    private final List<Datagram> datagrams = new ArrayList<>();
    private final Thread thread;
    private volatile long lastNanos = System.nanoTime();

    private OscReceiver(DatagramSocket socket) {
        this.socket = socket;
        this.thread = new Thread(this::run, "test-osc-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    public static OscReceiver open() throws SocketException {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        s.setReceiveBufferSize(8 << 20);
        s.setSoTimeout(200);
        return new OscReceiver(s);
    }

    public static int freePort() throws SocketException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static boolean installed(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void run() {
        byte[] buf = new byte[65536];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        while (!socket.isClosed()) {
            try {
                socket.receive(p);
                Datagram d = read(ByteBuffer.wrap(buf, 0, p.getLength()).slice());
                synchronized (datagrams) {
                    datagrams.add(d);
                }
                lastNanos = System.nanoTime();
            } catch (SocketTimeoutException e) {
                // look again whether it was closed
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Waits until nothing has arrived for a second. */
    public void awaitQuiet() throws InterruptedException {
        while (System.nanoTime() - lastNanos < 1_000_000_000L) {
            Thread.sleep(100);
        }
    }

    public List<Datagram> datagrams() {
        synchronized (datagrams) {
            return List.copyOf(datagrams);
        }
    }

    /** Whether a single message with this text arrived. */
    public boolean saw(String text) {
        synchronized (datagrams) {
            return datagrams.stream().anyMatch(d -> !d.bundle() && d.messages().get(0).text().equals(text));
        }
    }

    private static Datagram read(ByteBuffer b) {
        if (b.remaining() >= 16 && b.get(0) == '#') {
            if (!string(b).equals("#bundle")) {
                throw new IllegalStateException("not a bundle");
            }
            b.getLong(); // the time tag
            List<Message> messages = new ArrayList<>();
            while (b.hasRemaining()) {
                int size = b.getInt();
                ByteBuffer element = b.slice(b.position(), size);
                b.position(b.position() + size);
                messages.add(message(element));
            }
            return new Datagram(true, messages);
        }
        return new Datagram(false, List.of(message(b)));
    }

    private static Message message(ByteBuffer b) {
        String address = string(b);
        String tags = string(b);
        StringBuilder text = new StringBuilder(address).append(' ').append(tags);
        List<Object> args = new ArrayList<>();
        for (char t : tags.substring(1).toCharArray()) {
            Object a = switch (t) {
                case 'i' -> b.getInt();
                case 'f' -> b.getFloat();
                case 's' -> string(b);
                default -> throw new IllegalStateException("type tag " + t + " in " + address);
            };
            args.add(a);
            text.append(' ').append(a);
        }
        if (b.hasRemaining()) {
            throw new IllegalStateException(b.remaining() + " bytes left over in " + address);
        }
        return new Message(text.toString(), args);
    }

    /** An OSC string: ASCII up to a NUL, padded with NULs to a multiple of 4 bytes. */
    private static String string(ByteBuffer b) {
        int start = b.position();
        int end = start;
        while (b.get(end) != 0) {
            end++;
        }
        String s = new String(b.array(), b.arrayOffset() + start, end - start, StandardCharsets.UTF_8);
        b.position(start + ((end - start) / 4 + 1) * 4);
        return s;
    }

    @Override
    public void close() {
        socket.close();
    }
}
