package org.palpa.adapter.serial;

/**
 * An open serial port, reduced to what the transport needs. Wraps a library whose calls report
 * failure through return values, so every method here says plainly what happened.
 */
interface SerialLink {

    /**
     * Reads what has arrived, waiting up to the link's read timeout for the first byte.
     *
     * @return bytes read, 0 when nothing came in time, or -1 when the port is gone
     */
    int read(byte[] buffer, int max);

    /** Writes all of {@code bytes}; returns false when the port is gone. */
    boolean write(byte[] bytes);

    /** Whether the operating system has reported the device unplugged. */
    boolean disconnected();

    /** The port's system path, such as {@code /dev/ttyUSB0}. */
    String path();

    /** The USB serial number of the adapter, or an empty string. */
    String usbSerial();

    /** Closes the port; safe to call more than once. */
    void close();
}
