package org.palpa.adapter.osc;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.palpa.app.port.DatagramSource;
import org.palpa.core.PalpaException;

/** A UDP socket bound to the address the user chose, for markers from other instruments. */
public final class UdpDatagramSource implements DatagramSource {
    private final DatagramSocket socket;
    private final String description;

    /** Binds to {@code address}; a port in use or an address not on this host is one line. */
    public UdpDatagramSource(InetSocketAddress address) {
        try {
            this.socket = new DatagramSocket(address);
        } catch (SocketException e) {
            throw new PalpaException("cannot listen for markers on udp " + address.getHostString() + ":"
                    + address.getPort() + ": " + e.getMessage());
        }
        this.description = "udp " + address.getHostString() + ":" + socket.getLocalPort();
    }

    @Override
    public int receive(byte[] buffer) {
        DatagramPacket p = new DatagramPacket(buffer, buffer.length);
        try {
            socket.receive(p);
            return p.getLength();
        } catch (IOException e) {
            return -1; // closed
        }
    }

    /** The port it is bound to, useful when port 0 asked for any free one. */
    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        socket.close();
    }
}
