package org.palpa.core.protocol;

import java.util.function.Consumer;
import org.palpa.core.sample.DeviceEvent;

/**
 * Imada DST and DS2 gauges: a signed value followed by three letters, unit ({@code O} lbf,
 * {@code K} kgf, {@code N} newton), mode ({@code T} real time, {@code P} peak) and comparator
 * judgement ({@code L} low, {@code O} within, {@code H} high, {@code E} error), as in
 * {@code +012.34NTO}. A judgement of {@code E} becomes an overload event instead of a number.
 * The gauge answers the request {@code D}. Source: the Palpa issue text; not yet checked against
 * an Imada manual (see docs/devices.md).
 */
public final class ImadaDecoder extends LineDecoder {
    private boolean lastWasPeak;

    @Override
    protected void line(int length, long lineOffset, Consumer<? super Decoded> out) {
        int end = ReadingParser.trimEnd(line, length);
        int start = ReadingParser.skipSpaces(line, 0, end);
        if (end - start < 4) {
            unreadable(out, lineOffset, length, "too short for an Imada reading");
            return;
        }
        double perUnit = switch (line[end - 3]) {
            case 'O' -> ForceUnit.POUND_FORCE.newtons();
            case 'K' -> ForceUnit.KILOGRAM_FORCE.newtons();
            case 'N' -> ForceUnit.NEWTON.newtons();
            default -> Double.NaN;
        };
        byte mode = line[end - 2];
        byte judgement = line[end - 1];
        if (Double.isNaN(perUnit) || (mode != 'T' && mode != 'P')
                || (judgement != 'L' && judgement != 'O' && judgement != 'H' && judgement != 'E')) {
            unreadable(out, lineOffset, length, "unknown unit, mode or judgement");
            return;
        }
        if (judgement == 'E') {
            emit(out, new Decoded.Event(Decoded.NONE, Decoded.NONE, DeviceEvent.Kind.OVERLOAD, 0,
                    "Imada judgement E: " + Ascii.text(line, start, end - start)));
            return;
        }
        int numEnd = ReadingParser.trimEnd(line, end - 3);
        double value = Ascii.decimal(line, start, numEnd);
        if (Double.isNaN(value)) {
            unreadable(out, lineOffset, length, "no number");
            return;
        }
        lastWasPeak = mode == 'P';
        emit(out, new Decoded.Sample(Decoded.NONE, Decoded.NONE, new double[] {value * perUnit}));
    }

    /** Whether the last reading was a peak value rather than the real-time force. */
    public boolean lastWasPeak() {
        return lastWasPeak;
    }
}
