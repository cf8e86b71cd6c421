package org.palpa.core.bodymap;

import java.util.Optional;

/**
 * Where the body chart puts its two figures in a picture of a given size, so that a painter and a
 * click on the chart agree: the front figure centred at 27 % of the width, the back at 73 %, each
 * from 6 % of the height down over 66 % of it (one figure unit).
 */
public final class ChartLayout {
    /** The top of the head, as a fraction of the picture's height. */
    public static final double FIGURE_TOP = 0.06;
    /** One figure unit (head to soles), as a fraction of the picture's height. */
    public static final double FIGURE_HEIGHT = 0.66;

    private ChartLayout() {
    }

    /** The x of a view's midline in a picture {@code width} wide. */
    public static double centreX(BodyView view, double width) {
        return width * (view == BodyView.FRONT ? 0.27 : 0.73);
    }

    /** The zone under the point (x, y) of a picture of this size, on either side of either figure, or empty. */
    public static Optional<BodyZone> zoneAt(double x, double y, double width, double height) {
        double scale = height * FIGURE_HEIGHT;
        double fy = (y - height * FIGURE_TOP) / scale;
        BodyZone best = null;
        double bestDistance = 1;
        for (BodyZone z : BodyZone.values()) {
            double lateral = Math.abs(x - centreX(z.view(), width)) / scale;
            double dx = (lateral - z.lateral()) / z.radiusX();
            double dy = (fy - z.y()) / z.radiusY();
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                best = z;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
