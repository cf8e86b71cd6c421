package org.palpa.core.protocol;

import java.util.function.Consumer;
import org.palpa.core.sample.DeviceEvent;

/**
 * Replies of Mark-10 Series 4 and 5 gauges to the {@code ?} request: the reading, a space and the
 * unit, ending in CR LF ({@code -18.78 lbF}, {@code 4.285 N}); the unit may be switched off in the
 * gauge's menu, and then {@code assumedUnit} applies. {@code *10} (illegal command) becomes a
 * device-error event and a reply containing {@code OVER} an overload event. Source: Mark-10
 * Series 4 User's Guide, §9.1.3–9.1.4; Series 5 User's Guide, §9.8.
 */
public final class Mark10Decoder extends LineDecoder {
    private final ReadingParser reading = new ReadingParser();
    private final ForceUnit assumedUnit = ForceUnit.NEWTON;

    @Override
    protected void line(int length, long lineOffset, Consumer<? super Decoded> out) {
        int end = ReadingParser.trimEnd(line, length);
        int start = ReadingParser.skipSpaces(line, 0, end);
        if (start == end) {
            return;
        }
        if (line[start] == '*') {
            emit(out, new Decoded.Event(Decoded.NONE, Decoded.NONE, DeviceEvent.Kind.DEVICE_ERROR, -1,
                    "Mark-10 error " + Ascii.text(line, start, end - start)
                            + (Ascii.equalsIgnoreCase(line, start, end, "*10") ? " (illegal command)" : "")));
            return;
        }
        if (contains(line, start, end, "OVER")) {
            emit(out, new Decoded.Event(Decoded.NONE, Decoded.NONE, DeviceEvent.Kind.OVERLOAD, 0,
                    "Mark-10 reports overload: " + Ascii.text(line, start, end - start)));
            return;
        }
        if (!reading.parse(line, end, assumedUnit) || reading.restFrom != end) {
            unreadable(out, lineOffset, length, reading.restFrom != end ? "unexpected text after the unit"
                    : reading.problem);
            return;
        }
        emit(out, new Decoded.Sample(Decoded.NONE, Decoded.NONE, new double[] {reading.newtons}));
    }

    static boolean contains(byte[] b, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) {
            if (Ascii.equalsIgnoreCase(b, i, i + word.length(), word)) {
                return true;
            }
        }
        return false;
    }
}
