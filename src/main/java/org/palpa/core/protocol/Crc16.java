package org.palpa.core.protocol;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.
 * Its check value, the CRC of the ASCII bytes {@code 123456789}, is {@code 0x29B1}
 * (Greg Cook, "Catalogue of parametrised CRC algorithms", entry CRC-16/IBM-3740, alias CCITT-FALSE).
 */
public final class Crc16 {
    /** The CRC of {@code 123456789}, the standard check value of this variant. */
    public static final int CHECK_VALUE = 0x29B1;
    /** The value a computation starts from. */
    public static final int INITIAL = 0xFFFF;

    private static final char[] TABLE = new char[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = (char) (crc & 0xFFFF);
        }
    }

    private Crc16() {
    }

    /** Continues a CRC over {@code length} bytes of {@code data} from {@code offset}. */
    public static int update(int crc, byte[] data, int offset, int length) {
        int c = crc;
        for (int i = offset, end = offset + length; i < end; i++) {
            c = ((c << 8) ^ TABLE[((c >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return c;
    }

    /** The CRC of {@code length} bytes of {@code data} from {@code offset}. */
    public static int of(byte[] data, int offset, int length) {
        return update(INITIAL, data, offset, length);
    }
}
