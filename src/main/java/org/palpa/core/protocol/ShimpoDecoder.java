package org.palpa.core.protocol;

import java.util.function.Consumer;
import org.palpa.core.sample.DeviceEvent;

/**
 * Shimpo FGV-X gauges. The gauge echoes each command it accepts ({@code BA}, {@code BB}) and
 * answers {@code BA} with a reading, taken here to be a signed value and a unit
 * ({@code +0012.3N}, {@code -0.125KG}, {@code 2.75LB}). A reply starting with {@code E} and a digit
 * is an error code and becomes a device-error event. Source: Shimpo FGV-X user manual, RS-232C
 * commands; the reading's exact layout is not given there, so this parser is lenient about
 * spacing and digits (see docs/devices.md).
 */
public final class ShimpoDecoder extends LineDecoder {
    private final ReadingParser reading = new ReadingParser();

    @Override
    protected void line(int length, long lineOffset, Consumer<? super Decoded> out) {
        int end = ReadingParser.trimEnd(line, length);
        int start = ReadingParser.skipSpaces(line, 0, end);
        if (start == end || isEcho(start, end)) {
            return;
        }
        if (line[start] == 'E' && end - start >= 2 && Ascii.isDigit(line[start + 1])) {
            emit(out, new Decoded.Event(Decoded.NONE, Decoded.NONE, DeviceEvent.Kind.DEVICE_ERROR, -1,
                    "Shimpo error " + Ascii.text(line, start, end - start)));
            return;
        }
        if (!reading.parse(line, end, null) || reading.restFrom != end) {
            unreadable(out, lineOffset, length, reading.restFrom != end ? "unexpected text after the unit"
                    : reading.problem);
            return;
        }
        emit(out, new Decoded.Sample(Decoded.NONE, Decoded.NONE, new double[] {reading.newtons}));
    }

    /** A command echo: two capital letters and at most one digit, such as {@code BA} or {@code BB1}. */
    private boolean isEcho(int start, int end) {
        int n = end - start;
        return (n == 2 || n == 3) && Character.isUpperCase(line[start]) && Character.isUpperCase(line[start + 1])
                && (n == 2 || Ascii.isDigit(line[start + 2]));
    }
}
