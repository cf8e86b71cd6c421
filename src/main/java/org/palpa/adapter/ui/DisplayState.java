package org.palpa.adapter.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import org.palpa.core.hold.BandState;

/**
 * What the window shows about the pressure, by colour and also by word and shape, so that a
 * colour-blind therapist or a glance from a metre away reads it the same: a hollow ring for no
 * contact, an upward triangle for "press more", a filled disc for in band, a downward triangle for
 * "ease off", a diamond for a value the calibration does not cover, a short bar for a channel that
 * is shown but not judged.
 */
public enum DisplayState {
    NO_CONTACT("NO CONTACT", new Color(0x8A8F98)),
    UNDER("UNDER", new Color(0x2F6FD6)),
    IN_BAND("IN BAND", new Color(0x1E9E4A)),
    OVER("OVER", new Color(0xD6332F)),
    BEYOND_CALIBRATION("BEYOND CALIBRATION", new Color(0x8E44AD)),
    /** A glove finger the session shows but does not judge (not in {@code --track}, or without a target). */
    NOT_TRACKED("NOT TRACKED", new Color(0xB5B9C0)),
    /** Feedback is off for this hold (a practice schedule or a retention test): only that recording goes on shows. */
    FEEDBACK_OFF("RECORDING", new Color(0x5A5F68));

    private final String label;
    private final Color colour;

    DisplayState(String label, Color colour) {
        this.label = label;
        this.colour = colour;
    }

    /**
     * The state to show for a tracker state; a value beyond the calibrated range overrides it,
     * because then the number itself cannot be trusted.
     */
    public static DisplayState of(BandState state, boolean beyondCalibration) {
        if (beyondCalibration) {
            return BEYOND_CALIBRATION;
        }
        return switch (state) {
            case NO_CONTACT -> NO_CONTACT;
            case UNDER -> UNDER;
            case IN_BAND -> IN_BAND;
            case OVER -> OVER;
        };
    }

    /** The word shown next to the shape. */
    public String label() {
        return label;
    }

    public Color colour() {
        return colour;
    }

    /** Paints this state's shape, filling a square of side {@code size} at (x, y), in {@code paint}. */
    public void paintGlyph(Graphics2D g, double x, double y, double size, Color paint) {
        g.setColor(paint);
        double s = size;
        switch (this) {
            case NO_CONTACT -> {
                g.setStroke(new java.awt.BasicStroke((float) (s / 8)));
                g.draw(new Ellipse2D.Double(x + s / 8, y + s / 8, s * 3 / 4, s * 3 / 4));
            }
            case UNDER -> g.fill(triangle(x, y, s, true));
            case IN_BAND -> g.fill(new Ellipse2D.Double(x, y, s, s));
            case OVER -> g.fill(triangle(x, y, s, false));
            case BEYOND_CALIBRATION -> {
                Path2D d = new Path2D.Double();
                d.moveTo(x + s / 2, y);
                d.lineTo(x + s, y + s / 2);
                d.lineTo(x + s / 2, y + s);
                d.lineTo(x, y + s / 2);
                d.closePath();
                g.fill(d);
            }
            case NOT_TRACKED -> g.fill(new java.awt.geom.Rectangle2D.Double(x, y + s * 3 / 8, s, s / 4));
        }
    }

    private static Path2D triangle(double x, double y, double s, boolean up) {
        Path2D p = new Path2D.Double();
        if (up) {
            p.moveTo(x + s / 2, y);
            p.lineTo(x + s, y + s);
            p.lineTo(x, y + s);
        } else {
            p.moveTo(x, y);
            p.lineTo(x + s, y);
            p.lineTo(x + s / 2, y + s);
        }
        p.closePath();
        return p;
    }
}
