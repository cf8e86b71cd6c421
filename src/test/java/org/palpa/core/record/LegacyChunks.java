package org.palpa.core.record;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes chunks in the version-1 layout Palpa used before the compact encoding, for tests of reading and migrating old stores. */
public final class LegacyChunks {
    private LegacyChunks() {
    }

    /** A version-1 chunk of {@code f}'s frames. */
    public static SampleChunk of(int index, ChunkCodec.Frames f) {
        int ch = f.channels();
        ByteBuffer b = ByteBuffer.allocate(f.frames() * SampleChunk.bytesPerFrame(ch)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < f.frames(); i++) {
            b.putLong(f.timestamps()[i]).putLong(f.sequences()[i]);
            for (int c = 0; c < ch; c++) {
                b.putDouble(f.raw()[i * ch + c]);
            }
            for (int c = 0; c < ch; c++) {
                b.putFloat(f.calibrated()[i * ch + c]);
            }
        }
        return new SampleChunk(index, f.timestamps()[0], f.frames(), ch, b.array());
    }
}
