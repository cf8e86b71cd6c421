package org.palpa.core.protocol;

import java.util.function.Consumer;
import org.palpa.core.sample.DeviceEvent;

/**
 * Wagner FDX and FDIX gauges in the Wagner RS-232 format: a minus for tension or a space for
 * compression, the value, the unit, and {@code Peak} in a peak mode ({@code - 23.02 lbf});
 * {@code HELP} in place of the value means the gauge is overloaded. The same lines come one per
 * request or, after {@code CB}, continuously at the rate set with {@code C.5} .. {@code C100}.
 * Sources: Wagner Force Ten FDX manual, appendix J.1; FDIX continuous output addendum (9/06).
 */
public final class WagnerDecoder extends LineDecoder {
    private final ReadingParser reading = new ReadingParser();

    @Override
    protected void line(int length, long lineOffset, Consumer<? super Decoded> out) {
        int end = ReadingParser.trimEnd(line, length);
        int start = ReadingParser.skipSpaces(line, 0, end);
        if (start == end) {
            return;
        }
        if (Mark10Decoder.contains(line, start, end, "HELP")) {
            emit(out, new Decoded.Event(Decoded.NONE, Decoded.NONE, DeviceEvent.Kind.OVERLOAD, 0,
                    "Wagner gauge overloaded (HELP)"));
            return;
        }
        if (!reading.parse(line, end, null)) {
            unreadable(out, lineOffset, length, reading.problem);
            return;
        }
        if (reading.restFrom != end && !Ascii.equalsIgnoreCase(line, reading.restFrom, end, "Peak")) {
            unreadable(out, lineOffset, length, "unexpected text after the unit");
            return;
        }
        emit(out, new Decoded.Sample(Decoded.NONE, Decoded.NONE, new double[] {reading.newtons}));
    }
}
