package org.palpa.core.protocol;

import java.util.function.Consumer;

/**
 * Turns a byte stream from a device into {@link Decoded} values. Bytes may arrive split anywhere;
 * the decoder keeps what it needs between calls. It never throws on any input, skips damage up to
 * the next valid frame or line, and counts every error in {@link #stats()}.
 *
 * <p>A decoder is single-threaded and allocates only for the values it emits.
 */
public interface StreamDecoder {

    /** Feeds {@code length} bytes of {@code bytes} from {@code offset}; every result goes to {@code out}. */
    void feed(byte[] bytes, int offset, int length, Consumer<? super Decoded> out);

    /** The running counts of this decoder. */
    DecoderStats stats();

    /** Forgets any partial frame and the sequence history, as after a reconnect; keeps the counts. */
    void reset();
}
