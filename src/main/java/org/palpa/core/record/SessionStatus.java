package org.palpa.core.record;

import java.util.Locale;

/** Where a recorded session stands. */
public enum SessionStatus {
    /** A recorder is writing it now. */
    RECORDING,
    /** The recorder finished it. */
    COMPLETE,
    /** The recorder stopped without finishing (a crash or a kill); what was committed is kept. */
    INTERRUPTED;

    /** The lower-case name used in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the database's lower-case name. */
    public static SessionStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
