package org.palpa.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.bodymap.Side;
import org.palpa.core.plan.TreatedPoint;

class BodyChartTest {
    private static final int W = 1000;
    private static final int H = 900;

    private static Color at(BufferedImage img, Point2D p) {
        return new Color(img.getRGB((int) p.getX(), (int) p.getY()));
    }

    @Test
    void theTreatedSiteIsMarkedInThePainColourAndAnUntreatedOneIsNot() {
        TreatedPoint ut = new TreatedPoint(BodySite.UPPER_TRAPEZIUS, Side.LEFT, 26.0, 40.0, 8, List.of(BodyZone.TEMPLE),
                List.of(8));
        BufferedImage img = BodyChart.render(List.of(ut), "test", W, H);
        Point2D treated = BodyChart.positions(BodySite.UPPER_TRAPEZIUS, Side.LEFT, W, H).get(0);
        Point2D other = BodyChart.positions(BodySite.UPPER_TRAPEZIUS, Side.RIGHT, W, H).get(0);
        // sample beside the centre, where the digit is not drawn
        Point2D ring = new Point2D.Double(treated.getX() - 5, treated.getY() + 4);
        assertThat(at(img, ring)).isEqualTo(BodyChart.SEVERE);
        assertThat(at(img, new Point2D.Double(other.getX() - 5, other.getY() + 4))).isNotEqualTo(BodyChart.SEVERE);
    }

    @Test
    void fromBehindThePatientsLeftIsOnTheViewersLeft() {
        Point2D left = BodyChart.positions(BodySite.GLUTEUS_MEDIUS, Side.LEFT, W, H).get(0);
        Point2D right = BodyChart.positions(BodySite.GLUTEUS_MEDIUS, Side.RIGHT, W, H).get(0);
        assertThat(left.getX()).isLessThan(right.getX());
        Point2D frontLeft = BodyChart.positions(BodySite.MASSETER, Side.LEFT, W, H).get(0);
        Point2D frontRight = BodyChart.positions(BodySite.MASSETER, Side.RIGHT, W, H).get(0);
        assertThat(frontLeft.getX()).isGreaterThan(frontRight.getX());
    }

    @Test
    void aRecordedReferralZoneIsShadedMoreStronglyThanAUsualOne() {
        TreatedPoint ut = new TreatedPoint(BodySite.LEVATOR_SCAPULAE, Side.LEFT, 20.0, 10.0, -1,
                List.of(BodyZone.SHOULDER_BACK), List.of(-1));
        BufferedImage img = BodyChart.render(List.of(ut), "test", W, H);
        double scale = H * 0.66;
        double cx = W * 0.73;
        Color recorded = new Color(img.getRGB((int) (cx - BodyZone.SHOULDER_BACK.lateral() * scale),
                (int) (H * 0.06 + BodyZone.SHOULDER_BACK.y() * scale)));
        Color usual = new Color(img.getRGB((int) (cx - BodyZone.NECK_BACK.lateral() * scale - 8),
                (int) (H * 0.06 + BodyZone.NECK_BACK.y() * scale)));
        assertThat(recorded.getGreen()).isLessThan(usual.getGreen());
        assertThat(usual.getGreen()).isLessThan(230);
    }
}
