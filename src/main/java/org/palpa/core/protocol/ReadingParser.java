package org.palpa.core.protocol;

/**
 * Reads a gauge reply of the common shape {@code [sign] [spaces] number [spaces] [unit] [rest]},
 * such as {@code -18.78 lbF}, {@code - 23.02 lbf Peak} or {@code +0012.3N}, into newtons. One
 * instance is reused for every line; after {@link #parse} the fields hold the outcome.
 */
final class ReadingParser {
    /** The reading in newtons, valid when {@link #parse} returned true. */
    double newtons;
    /** Why the last line could not be read, when {@link #parse} returned false. */
    String problem;
    /** Start of whatever follows the unit, after spaces. */
    int restFrom;

    /**
     * @param defaultUnit the unit to assume when the line has none, or null to require one
     */
    boolean parse(byte[] b, int len, ForceUnit defaultUnit) {
        int i = skipSpaces(b, 0, len);
        boolean negative = false;
        if (i < len && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i = skipSpaces(b, i + 1, len);
        }
        int numStart = i;
        while (i < len && (Ascii.isDigit(b[i]) || b[i] == '.')) {
            i++;
        }
        double value = Ascii.decimal(b, numStart, i);
        if (Double.isNaN(value)) {
            problem = "no number";
            return false;
        }
        i = skipSpaces(b, i, len);
        int unitStart = i;
        while (i < len && Character.isLetter(b[i])) {
            i++;
        }
        ForceUnit unit;
        if (unitStart == i) {
            unit = defaultUnit;
            if (unit == null) {
                problem = "no unit";
                return false;
            }
        } else {
            unit = ForceUnit.parse(b, unitStart, i);
            if (unit == null) {
                problem = "unknown unit '" + Ascii.printable(b, unitStart, i - unitStart) + "'";
                return false;
            }
        }
        restFrom = skipSpaces(b, i, len);
        newtons = (negative ? -value : value) * unit.newtons();
        return true;
    }

    static int skipSpaces(byte[] b, int from, int len) {
        int i = from;
        while (i < len && Ascii.isSpace(b[i])) {
            i++;
        }
        return i;
    }

    /** The index one past the last non-space byte before {@code len}. */
    static int trimEnd(byte[] b, int len) {
        int e = len;
        while (e > 0 && Ascii.isSpace(b[e - 1])) {
            e--;
        }
        return e;
    }
}
