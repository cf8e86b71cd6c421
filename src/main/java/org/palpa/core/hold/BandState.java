package org.palpa.core.hold;

/** Where the current reading stands against the target band, for live feedback. */
public enum BandState {
    /** Nothing is pressing on the sensor (below the contact-off threshold). */
    NO_CONTACT("no contact"),
    /** In contact, below the band. */
    UNDER("under"),
    /** Inside the band. */
    IN_BAND("in band"),
    /** Above the band. */
    OVER("over");

    private final String label;

    BandState(String label) {
        this.label = label;
    }

    /** Words for a person, such as {@code in band}. */
    public String label() {
        return label;
    }
}
