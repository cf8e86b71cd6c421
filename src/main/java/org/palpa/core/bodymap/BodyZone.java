package org.palpa.core.bodymap;

import java.util.Locale;
import java.util.Optional;

/**
 * A region of the body chart into which pain can refer, drawn as an ellipse. Coordinates are in
 * figure units: {@code y} runs from 0 at the top of the head to 1 at the soles, and
 * {@code lateral} is the distance from the midline toward the treated side (0 on the midline), so
 * the same zone serves a left and a right point. The chart draws each figure 0.5 units wide.
 *
 * @see BodySite for the source of the referral patterns
 */
public enum BodyZone {
    VERTEX(BodyView.BACK, 0.0, 0.018, 0.03, 0.016, "top of the head"),
    FOREHEAD(BodyView.FRONT, 0.012, 0.035, 0.028, 0.014, "forehead"),
    EYEBROW(BodyView.FRONT, 0.02, 0.052, 0.016, 0.008, "eyebrow and around the eye"),
    TEMPLE(BodyView.FRONT, 0.042, 0.055, 0.012, 0.022, "temple"),
    CHEEK(BodyView.FRONT, 0.027, 0.077, 0.014, 0.012, "cheek and upper teeth"),
    EAR(BodyView.BACK, 0.05, 0.068, 0.009, 0.014, "ear and behind the ear"),
    JAW(BodyView.FRONT, 0.032, 0.097, 0.017, 0.012, "jaw and lower teeth"),
    OCCIPUT(BodyView.BACK, 0.018, 0.088, 0.03, 0.016, "back of the head"),
    THROAT(BodyView.FRONT, 0.0, 0.135, 0.017, 0.016, "throat and top of the sternum"),
    NECK_BACK(BodyView.BACK, 0.018, 0.13, 0.018, 0.024, "back and side of the neck"),
    SHOULDER_TOP(BodyView.BACK, 0.07, 0.16, 0.035, 0.014, "top of the shoulder"),
    SHOULDER_BACK(BodyView.BACK, 0.105, 0.19, 0.022, 0.022, "back of the shoulder"),
    SHOULDER_FRONT(BodyView.FRONT, 0.105, 0.19, 0.022, 0.024, "front of the shoulder joint"),
    SCAPULA_MEDIAL(BodyView.BACK, 0.035, 0.215, 0.018, 0.045, "between the shoulder blade and the spine"),
    ARM_FRONT(BodyView.FRONT, 0.135, 0.27, 0.018, 0.055, "front and outside of the upper arm"),
    FOREARM_FRONT(BodyView.FRONT, 0.155, 0.4, 0.018, 0.055, "thumb side of the forearm"),
    HAND_FRONT(BodyView.FRONT, 0.165, 0.5, 0.02, 0.035, "palm side of the hand"),
    ELBOW_LATERAL(BodyView.BACK, 0.15, 0.33, 0.016, 0.02, "outside of the elbow"),
    FOREARM_BACK(BodyView.BACK, 0.155, 0.4, 0.017, 0.05, "back of the forearm"),
    HAND_BACK(BodyView.BACK, 0.165, 0.5, 0.02, 0.035, "back of the hand and fingers"),
    ILIAC_CREST(BodyView.BACK, 0.06, 0.445, 0.045, 0.012, "along the back of the pelvic rim"),
    SACRUM(BodyView.BACK, 0.0, 0.49, 0.025, 0.03, "sacrum"),
    SACROILIAC(BodyView.BACK, 0.03, 0.475, 0.015, 0.018, "sacroiliac joint"),
    BUTTOCK(BodyView.BACK, 0.06, 0.52, 0.035, 0.03, "buttock"),
    HIP_LATERAL(BodyView.BACK, 0.095, 0.53, 0.014, 0.03, "outside of the hip"),
    THIGH_BACK(BodyView.BACK, 0.05, 0.62, 0.026, 0.06, "back of the thigh"),
    KNEE_BACK(BodyView.BACK, 0.05, 0.72, 0.02, 0.018, "back of the knee"),
    CALF(BodyView.BACK, 0.05, 0.79, 0.02, 0.045, "calf"),
    HEEL(BodyView.BACK, 0.05, 0.955, 0.015, 0.016, "heel and Achilles tendon"),
    SHIN(BodyView.FRONT, 0.05, 0.82, 0.016, 0.06, "front of the shin"),
    ANKLE_FRONT(BodyView.FRONT, 0.05, 0.93, 0.016, 0.014, "front of the ankle"),
    FOOT_TOP(BodyView.FRONT, 0.055, 0.965, 0.018, 0.014, "top of the foot and the big toe"),
    SOLE(BodyView.FRONT, 0.065, 0.99, 0.02, 0.01, "sole and arch of the foot");

    private final BodyView view;
    private final double lateral;
    private final double y;
    private final double radiusX;
    private final double radiusY;
    private final String description;

    BodyZone(BodyView view, double lateral, double y, double radiusX, double radiusY, String description) {
        this.view = view;
        this.lateral = lateral;
        this.y = y;
        this.radiusX = radiusX;
        this.radiusY = radiusY;
        this.description = description;
    }

    public BodyView view() {
        return view;
    }

    /** Distance of the centre from the midline, toward the treated side, in figure units. */
    public double lateral() {
        return lateral;
    }

    /** Height of the centre, 0 at the top of the head and 1 at the soles. */
    public double y() {
        return y;
    }

    public double radiusX() {
        return radiusX;
    }

    public double radiusY() {
        return radiusY;
    }

    /** Words for a person, such as {@code back of the head}. */
    public String description() {
        return description;
    }

    /** The name plans and commands use, such as {@code neck-back}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The zone with this key (or enum name), compared without regard to case, '-' or '_'. */
    public static Optional<BodyZone> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (BodyZone z : values()) {
            if (z.name().equals(n)) {
                return Optional.of(z);
            }
        }
        return Optional.empty();
    }
}
