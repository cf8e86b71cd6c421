package org.palpa.adapter.serial;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.palpa.core.protocol.PalpaFrames;

/**
 * A serial link in memory that behaves like a small Palpa device: it answers IDENTIFY with a
 * HELLO, sends {@code frames} DATA frames after START, and then, if asked to, vanishes as an
 * unplugged adapter does (reads fail from then on).
 */
final class FakeLink implements SerialLink {
    final List<byte[]> writes = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<byte[]> incoming = new ConcurrentLinkedQueue<>();
    private final String path;
    private final String usbSerial;
    private final int frames;
    private final int firstValue;
    private final boolean vanishAfterFrames;
    private volatile boolean gone;
    private volatile boolean closed;
    private int sequence;

    FakeLink(String path, String usbSerial, int frames, int firstValue, boolean vanishAfterFrames) {
        this.path = path;
        this.usbSerial = usbSerial;
        this.frames = frames;
        this.firstValue = firstValue;
        this.vanishAfterFrames = vanishAfterFrames;
    }

    @Override
    public int read(byte[] buffer, int max) {
        if (gone || closed) {
            return -1;
        }
        byte[] next = incoming.poll();
        if (next == null) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        if (next.length == 0) {
            gone = true;
            return -1;
        }
        System.arraycopy(next, 0, buffer, 0, next.length);
        return next.length;
    }

    @Override
    public synchronized boolean write(byte[] bytes) {
        writes.add(bytes.clone());
        if (bytes.length >= PalpaFrames.OVERHEAD && (bytes[0] & 0xFF) == PalpaFrames.SYNC0) {
            int type = bytes[4] & 0xFF;
            if (type == PalpaFrames.IDENTIFY) {
                incoming.add(PalpaFrames.hello(sequence++, 0, "fake-algometer", usbSerial, "1.0.0", 24, 80, List.of("probe")));
            } else if (type == PalpaFrames.START) {
                for (int i = 0; i < frames; i++) {
                    incoming.add(PalpaFrames.data(sequence++, 12_500L * sequence, firstValue + i));
                }
                if (vanishAfterFrames) {
                    incoming.add(new byte[0]);
                }
            }
        }
        return !gone;
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
        closed = true;
    }
}
