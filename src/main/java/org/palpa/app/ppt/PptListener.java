package org.palpa.app.ppt;

import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.TrialOutcome;

/** What a display of the protocol hears, on the protocol's thread; each call must return quickly. */
public interface PptListener {
    /** The protocol's state, about 20 times a second. */
    void status(PptStatus status);

    /** A trial finished. */
    void trial(TrialOutcome outcome);

    /** The protocol at the site is over (or was stopped early). */
    void finished(PptResult result, String reason);
}
