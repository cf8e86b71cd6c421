package org.palpa.core.hold;

/** How a hold compares with its target, or that the end of the session cut it off. */
public enum HoldOutcome {
    /** The pressure stayed in the band for at least the target duration without going over. */
    MET,
    /** The pressure reached the band but did not stay in it long enough. */
    TOO_SHORT,
    /** The pressure never reached the band. */
    UNDER,
    /** The pressure went above the band for longer than the allowed grace time. */
    OVER,
    /**
     * The session ended while the hold was still running, before it had met its target or gone
     * over: it was never given its full chance, so it is not judged and not counted in the share met.
     */
    CUT_OFF
}
