package org.palpa.core.protocol;

/**
 * ASCII text and numbers read straight from byte arrays, so decoders need no charset machinery
 * and allocate nothing to read a number.
 */
final class Ascii {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    private Ascii() {
    }

    /** The bytes of {@code text}; characters beyond ASCII become {@code ?}. */
    static byte[] bytes(String text) {
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            char c = text.charAt(i);
            b[i] = (byte) (c < 0x80 ? c : '?');
        }
        return b;
    }

    /** The text of {@code len} bytes from {@code from}; bytes beyond ASCII become {@code ?}. */
    static String text(byte[] b, int from, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            int v = b[from + i] & 0xFF;
            c[i] = v < 0x80 ? (char) v : '?';
        }
        return new String(c);
    }

    /** Like {@link #text} but shows control and non-ASCII bytes as {@code \xNN}, cut to 60 characters, for logs. */
    static String printable(byte[] b, int from, int len) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + len && s.length() < 60; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0x20 && v < 0x7F) {
                s.append((char) v);
            } else {
                s.append(String.format(java.util.Locale.ROOT, "\\x%02X", v));
            }
        }
        return len > 60 ? s + "..." : s.toString();
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Reads a decimal number that fills {@code b[from, to)} exactly: an optional sign, digits with at
     * most one point, an optional exponent. Returns NaN for anything else, including {@code nan},
     * {@code inf}, an empty field, or more than 18 significant digits.
     */
    static double decimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        boolean sawDigit = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (isDigit(c)) {
                sawDigit = true;
                if (digits == 18) {
                    return Double.NaN;
                }
                if (mantissa != 0 || c != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (c - '0');
                fraction += point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!sawDigit) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                expNegative = b[i] == '-';
                i++;
            }
            int expDigits = 0;
            for (; i < to && isDigit(b[i]) && expDigits < 3; i++, expDigits++) {
                exponent = exponent * 10 + (b[i] - '0');
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent = expNegative ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        int scale = exponent - fraction;
        double v = mantissa;
        if (scale < 0) {
            v = -scale < POW10.length ? v / POW10[-scale] : v * Math.pow(10, scale);
        } else if (scale > 0) {
            v = scale < POW10.length ? v * POW10[scale] : v * Math.pow(10, scale);
        }
        if (Double.isInfinite(v)) {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    /** Whether the bytes in {@code [from, to)} equal {@code word}, ignoring ASCII case. */
    static boolean equalsIgnoreCase(byte[] b, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            int c = b[from + i];
            int w = word.charAt(i);
            if (c != w && (c | 0x20) != (w | 0x20)) {
                return false;
            }
            if (c != w && !Character.isLetter(w)) {
                return false;
            }
        }
        return true;
    }
}
