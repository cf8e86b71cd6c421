package org.palpa.core.ppt;

/** How the patient's press reached Palpa: it decides which delays stand between the press and its timestamp. */
public enum PressPath {
    /** A button on the device (Palpa firmware EVENT or the Raspberry Pi's stop button), stamped on the device clock. */
    DEVICE_BUTTON("device button"),
    /** A key on the computer (Enter in the terminal, the space bar in the window), stamped on the host clock. */
    KEY("key");

    private final String words;

    PressPath(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }
}
