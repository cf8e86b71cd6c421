package org.palpa.app.port;

/** Datagrams arriving on an address the user chose, such as markers from another lab instrument. */
public interface DatagramSource extends AutoCloseable {
    /**
     * Waits for the next datagram and copies it into {@code buffer}.
     *
     * @return its length (truncated to the buffer), or -1 once the source is closed
     */
    int receive(byte[] buffer);

    /** Where it listens, for messages: {@code udp 127.0.0.1:9001}. */
    String describe();

    @Override
    void close();
}
