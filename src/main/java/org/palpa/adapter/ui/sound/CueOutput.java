package org.palpa.adapter.ui.sound;

/** Where the window sends its cues: the sound card in use, a recorder in tests. */
public interface CueOutput {
    /** Asks for {@code cue} to be played; returns at once. */
    void play(SoundCue cue);

    /** Sets the loudness of later cues; {@link Volume#MUTE} silences them. */
    void setVolume(Volume volume);

    /** A few words for the status bar, such as {@code sound on} or why there is no sound. */
    String status();
}
