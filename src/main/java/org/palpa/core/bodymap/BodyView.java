package org.palpa.core.bodymap;

/** Which side of the body chart a site or zone is drawn on. */
public enum BodyView {
    /** The body seen from the front: the patient's left is on the viewer's right. */
    FRONT,
    /** The body seen from behind: the patient's left is on the viewer's left. */
    BACK
}
