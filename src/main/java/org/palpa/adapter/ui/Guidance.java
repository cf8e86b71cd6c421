package org.palpa.adapter.ui;

import java.util.Locale;
import org.palpa.core.hold.Target;

/** The words that tell the therapist what to do next, from the state shown. */
final class Guidance {
    private Guidance() {
    }

    /** A few words under the state badge. */
    static String shortHint(DisplayState state, boolean complete) {
        return switch (state) {
            case NO_CONTACT -> complete ? "hold done" : "place the probe";
            case UNDER -> "press more";
            case IN_BAND -> complete ? "done: release slowly" : "hold steady";
            case OVER -> "ease off";
            case BEYOND_CALIBRATION -> "ease off: reading not trustworthy";
            case NOT_TRACKED -> "shown only";
            case FEEDBACK_OFF -> "feedback off for this hold";
        };
    }

    /** One sentence with the numbers, in the target's unit. */
    static String line(DisplayState state, boolean complete, double value, Target t, double heldSeconds) {
        String u = t.unit().symbol();
        return switch (state) {
            case NO_CONTACT -> String.format(Locale.ROOT, "Press slowly up to %.1f–%.1f %s.",
                    t.min(), t.max(), u);
            case UNDER -> String.format(Locale.ROOT, "Press more: %.1f %s to the band.", t.min() - value, u);
            case IN_BAND -> complete ? "Hold complete: release slowly."
                    : String.format(Locale.ROOT, "Hold steady: %.0f s to go.",
                    Math.ceil(t.holdMillis() / 1000.0 - heldSeconds));
            case OVER -> String.format(Locale.ROOT, "Ease off: %.1f %s over the band.", value - t.max(), u);
            case BEYOND_CALIBRATION -> "Ease off: beyond the calibrated range.";
            case NOT_TRACKED -> "This channel is shown but not judged.";
            case FEEDBACK_OFF -> "Recording goes on; feedback is off for this hold.";
        };
    }
}
