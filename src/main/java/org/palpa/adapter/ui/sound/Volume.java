package org.palpa.adapter.ui.sound;

/** How loud the cues play; {@link #MUTE} plays nothing. */
public enum Volume {
    MUTE("mute", 0.0),
    LOW("low", 0.12),
    MEDIUM("medium", 0.3),
    HIGH("high", 0.7);

    private final String label;
    private final double gain;

    Volume(String label, double gain) {
        this.label = label;
        this.gain = gain;
    }

    /** Peak amplitude as a fraction of full scale. */
    public double gain() {
        return gain;
    }

    @Override
    public String toString() {
        return label;
    }
}
