package org.palpa.app.classroom;

/** Where a station's link stands, as its tile shows it in a word. */
public enum StationPhase {
    /** Opening the device for the first time or after a failure. */
    CONNECTING("CONNECTING"),
    /** Frames are arriving and being recorded. */
    LIVE("LIVE"),
    /** The device went away (a cable pulled); the transport is looking for it again. */
    DEVICE_LOST("DEVICE LOST"),
    /** The device could not be opened or its stream ended by a fault; the station tries again shortly. */
    RETRYING("RETRYING"),
    /** Stopped by the instructor; the session is saved. */
    STOPPED("STOPPED");

    private final String word;

    StationPhase(String word) {
        this.word = word;
    }

    /** The word on the tile. */
    public String word() {
        return word;
    }
}
