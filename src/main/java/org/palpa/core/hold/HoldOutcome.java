package org.palpa.core.hold;

/** How a finished hold compares with its target. */
public enum HoldOutcome {
    /** The pressure stayed in the band for at least the target duration without going over. */
    MET,
    /** The pressure reached the band but did not stay in it long enough. */
    TOO_SHORT,
    /** The pressure never reached the band. */
    UNDER,
    /** The pressure went above the band for longer than the allowed grace time. */
    OVER
}
