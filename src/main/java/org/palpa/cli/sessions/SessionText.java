package org.palpa.cli.sessions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;

/** How sessions are written for people on the command line. */
public final class SessionText {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private SessionText() {
    }

    static String time(long epochMillis) {
        return LOCAL.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Seconds of signal, from the frame count and the device's rate. */
    static double seconds(StoredSession s) {
        return s.frameCount() / s.meta().device().nominalRateHz();
    }

    static String holdsMet(List<HoldResult> holds) {
        org.palpa.core.hold.HoldTally tally = org.palpa.core.hold.HoldTally.of(holds);
        return tally.met() + "/" + tally.finished() + (tally.cutOff() > 0 ? " (+" + tally.cutOff() + " cut off)" : "");
    }

    /** Parses a session id argument, with a message naming it when it is not a number. */
    public static long id(String text) {
        try {
            long id = Long.parseLong(text.trim());
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a session id (a number such as 3; see palpa sessions list)");
        }
    }
}
