package org.palpa.adapter.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.BodyView;
import org.palpa.core.bodymap.ChartLayout;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.bodymap.Side;
import org.palpa.core.plan.TreatedPoint;

/**
 * Draws the body chart, front and back, from its own vector shapes with Java2D: each treated point
 * marked and numbered, coloured by its highest pain, with a legend of its dose (peak force, time
 * in band) and pain; the site's usual referral zones lightly shaded and the zones recorded this
 * time shaded strongly. The same painter serves the PDF report, {@code sessions map} and the window.
 */
public final class BodyChart {
    /** The colour of a point with no pain marked, and by pain: under 4, 4 to 6, 7 or more. */
    public static final Color NO_PAIN = new Color(0x1f5fbf);
    public static final Color MILD = new Color(0x2e9e44);
    public static final Color MODERATE = new Color(0xe08a00);
    public static final Color SEVERE = new Color(0xd01c1c);
    private static final Color SKIN = new Color(0xf1ece6);
    private static final Color OUTLINE = new Color(0x6b6259);
    private static final Color USUAL = new Color(0xd01c1c, false).darker();
    private static final double FIGURE_TOP = ChartLayout.FIGURE_TOP;
    private static final double FIGURE_HEIGHT = ChartLayout.FIGURE_HEIGHT;

    private BodyChart() {
    }

    /** The chart as an image, {@code width} × {@code height} pixels, legend below the figures. */
    public static BufferedImage render(List<TreatedPoint> points, String title, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            paint(g, points, title, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Paints the chart into {@code g} over {@code width} × {@code height}. */
    public static void paint(Graphics2D g, List<TreatedPoint> points, String title, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        double scale = height * FIGURE_HEIGHT;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 40)));
        g.setColor(Color.DARK_GRAY);
        g.drawString(title, 10, (int) (height * 0.035));
        for (BodyView view : BodyView.values()) {
            double cx = ChartLayout.centreX(view, width);
            double top = height * FIGURE_TOP;
            figure(g, cx, top, scale);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, height / 55)));
            g.setColor(Color.DARK_GRAY);
            String label = view == BodyView.FRONT ? "FRONT" : "BACK";
            g.drawString(label, (int) cx - g.getFontMetrics().stringWidth(label) / 2, (int) (top + scale * 1.03));
            // the patient's left and right beside the shoulders: from the front the left is on the viewer's right
            int sideY = (int) (top + scale * 0.13);
            int offset = (int) (0.16 * scale);
            String viewerLeft = view == BodyView.FRONT ? "R" : "L";
            String viewerRight = view == BodyView.FRONT ? "L" : "R";
            g.drawString(viewerLeft, (int) cx - offset - g.getFontMetrics().stringWidth(viewerLeft), sideY);
            g.drawString(viewerRight, (int) cx + offset, sideY);
            for (TreatedPoint p : points) {
                zones(g, p, view, cx, top, scale);
            }
        }
        int n = 1;
        for (TreatedPoint p : points) {
            for (Point2D at : positions(p.site(), p.side(), width, height)) {
                mark(g, at, colour(p.highestPain()), n, height);
            }
            n++;
        }
        legend(g, points, width, height);
    }

    /** Where a site is drawn on a chart of this size: one place, or two for a midline site off the midline. */
    public static List<Point2D> positions(BodySite site, Side side, int width, int height) {
        double scale = height * FIGURE_HEIGHT;
        double cx = ChartLayout.centreX(site.view(), width);
        double y = height * FIGURE_TOP + site.y() * scale;
        List<Point2D> out = new ArrayList<>();
        for (int sign : signs(side, site.view())) {
            out.add(new Point2D.Double(cx + sign * site.lateral() * scale, y));
            if (site.lateral() == 0) {
                break;
            }
        }
        return out;
    }

    /** The colour of a point with this highest pain (-1 for none). */
    public static Color colour(int pain) {
        if (pain < 0) {
            return NO_PAIN;
        }
        return pain >= 7 ? SEVERE : pain >= 4 ? MODERATE : MILD;
    }

    // Screen x grows to the viewer's right; from the front the patient's left is on that side.
    private static int[] signs(Side side, BodyView view) {
        int left = view == BodyView.FRONT ? 1 : -1;
        return switch (side) {
            case LEFT -> new int[] {left};
            case RIGHT -> new int[] {-left};
            case MIDLINE -> new int[] {left, -left};
        };
    }

    private static void zones(Graphics2D g, TreatedPoint p, BodyView view, double cx, double top, double scale) {
        for (BodyZone z : BodyZone.values()) {
            boolean recorded = p.referral().contains(z);
            boolean usual = p.site().referralZones().contains(z);
            if (z.view() != view || !(recorded || usual)) {
                continue;
            }
            for (int sign : signs(p.side(), p.site().view())) {
                int s = view == p.site().view() ? sign : -sign;
                Shape e = new Ellipse2D.Double(cx + s * z.lateral() * scale - z.radiusX() * scale,
                        top + z.y() * scale - z.radiusY() * scale, 2 * z.radiusX() * scale, 2 * z.radiusY() * scale);
                g.setColor(recorded ? new Color(208, 28, 28, 150) : new Color(208, 28, 28, 55));
                g.fill(e);
                if (recorded) {
                    g.setColor(USUAL);
                    g.setStroke(new BasicStroke(1.5f));
                    g.draw(e);
                }
                if (z.lateral() == 0) {
                    break;
                }
            }
        }
    }

    private static void mark(Graphics2D g, Point2D at, Color c, int n, int height) {
        double r = Math.max(6, height / 70.0);
        Shape dot = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        g.setColor(c);
        g.fill(dot);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(dot);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(8, r * 1.2)));
        String s = Integer.toString(n);
        g.setColor(Color.WHITE);
        g.drawString(s, (float) (at.getX() - g.getFontMetrics().stringWidth(s) / 2.0),
                (float) (at.getY() + g.getFontMetrics().getAscent() / 2.5));
    }

    private static void legend(Graphics2D g, List<TreatedPoint> points, int width, int height) {
        int size = Math.max(9, height / 55);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
        int y = (int) (height * (FIGURE_TOP + FIGURE_HEIGHT * 1.07));
        int n = 1;
        for (TreatedPoint p : points) {
            if (y > height - 4) {
                break;
            }
            g.setColor(colour(p.highestPain()));
            g.fillOval(10, y - size + 2, size - 2, size - 2);
            g.setColor(Color.BLACK);
            String pain = p.painHistory().size() > 1 && p.highestPain() >= 0 ? "pain by session " + String.join(" > ", p.painHistory().stream()
                    .map(v -> v < 0 ? "-" : Integer.toString(v)).toList()) : "highest pain "
                    + (p.highestPain() < 0 ? "not marked" : p.highestPain() + "/10");
            g.drawString(String.format(Locale.ROOT, "%d  %s (%s): peak %s, %.1f s in band, %s", n, p.site().label(),
                    p.side().key(), Double.isNaN(p.peakForce()) ? "-" : String.format(Locale.ROOT, "%.1f N", p.peakForce()),
                    p.timeInBandSeconds(), pain), 14 + size, y);
            if (!p.referral().isEmpty()) {
                y += size + 2;
                g.drawString("referred to " + String.join(", ", p.referral().stream().map(BodyZone::description).toList()),
                        28 + size, y);
            }
            y += size + 4;
            n++;
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("L/R: the patient's sides. Pale: usual referral zone (Travell & Simons); strong: where it referred this time.",
                10, height - 6);
    }

    private static void figure(Graphics2D g, double cx, double top, double s) {
        List<Shape> parts = new ArrayList<>();
        parts.add(new Ellipse2D.Double(cx - 0.045 * s, top + 0.005 * s, 0.09 * s, 0.11 * s));
        parts.add(new RoundRectangle2D.Double(cx - 0.022 * s, top + 0.105 * s, 0.044 * s, 0.05 * s, 6, 6));
        Path2D torso = new Path2D.Double();
        torso.moveTo(cx - 0.12 * s, top + 0.16 * s);
        torso.lineTo(cx + 0.12 * s, top + 0.16 * s);
        torso.curveTo(cx + 0.125 * s, top + 0.25 * s, cx + 0.09 * s, top + 0.33 * s, cx + 0.085 * s, top + 0.40 * s);
        torso.lineTo(cx + 0.105 * s, top + 0.50 * s);
        torso.lineTo(cx - 0.105 * s, top + 0.50 * s);
        torso.lineTo(cx - 0.085 * s, top + 0.40 * s);
        torso.curveTo(cx - 0.09 * s, top + 0.33 * s, cx - 0.125 * s, top + 0.25 * s, cx - 0.12 * s, top + 0.16 * s);
        torso.closePath();
        parts.add(torso);
        for (int side : new int[] {-1, 1}) {
            Path2D leg = new Path2D.Double();
            leg.moveTo(cx + side * 0.105 * s, top + 0.50 * s);
            leg.lineTo(cx + side * 0.065 * s, top + 0.94 * s);
            leg.lineTo(cx + side * 0.033 * s, top + 0.94 * s);
            leg.lineTo(cx + side * 0.008 * s, top + 0.56 * s);
            leg.lineTo(cx, top + 0.50 * s);
            leg.closePath();
            parts.add(leg);
            parts.add(new Ellipse2D.Double(cx + side * 0.05 * s - 0.025 * s, top + 0.935 * s, 0.05 * s, 0.065 * s));
            Path2D arm = new Path2D.Double();
            arm.moveTo(cx + side * 0.12 * s, top + 0.16 * s);
            arm.lineTo(cx + side * 0.142 * s, top + 0.17 * s);
            arm.lineTo(cx + side * 0.182 * s, top + 0.47 * s);
            arm.lineTo(cx + side * 0.148 * s, top + 0.47 * s);
            arm.lineTo(cx + side * 0.115 * s, top + 0.25 * s);
            arm.closePath();
            parts.add(arm);
            parts.add(new Ellipse2D.Double(cx + side * 0.165 * s - 0.022 * s, top + 0.465 * s, 0.044 * s, 0.075 * s));
        }
        g.setStroke(new BasicStroke(1.4f));
        for (Shape p : parts) {
            g.setColor(SKIN);
            g.fill(p);
        }
        for (Shape p : parts) {
            g.setColor(OUTLINE);
            g.draw(p);
        }
    }
}
