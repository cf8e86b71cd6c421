package org.palpa.adapter.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.sample.ProbeArea;

/**
 * The report's plot: force or pressure per channel over the session, in the target's unit, with
 * the target band shaded and each hold marked. Long sessions are reduced to the minimum and
 * maximum of each of {@value #BUCKETS} time slices, so no peak is lost to thinning.
 */
final class PressureChart {
    static final int BUCKETS = 1200;
    /** Holds up to which each hold's marker is labelled with its number and outcome. */
    static final int LABELLED_HOLDS = 40;

    private PressureChart() {
    }

    static BufferedImage render(SessionReader reader, long id, SessionMeta m, List<HoldResult> holds, long origin,
                                double seconds, int widthPx, int heightPx) {
        int channels = m.device().channelCount();
        // a raw session's values are counts already, with no conversion to a force
        double toTarget = m.target().unit().kind() == org.palpa.core.sample.Unit.Kind.RAW ? 1.0
                : new ProbeArea(m.probeAreaCm2()).convert(1.0, org.palpa.core.sample.Unit.NEWTON, m.target().unit());
        double[][] lo = new double[channels][BUCKETS];
        double[][] hi = new double[channels][BUCKETS];
        for (int c = 0; c < channels; c++) {
            java.util.Arrays.fill(lo[c], Double.NaN);
            java.util.Arrays.fill(hi[c], Double.NaN);
        }
        double span = Math.max(seconds, 1e-3);
        reader.forEachChunk(id, chunk -> {
            for (int i = 0; i < chunk.frameCount(); i++) {
                double t = (chunk.timestampNanos(i) - origin) / 1e9;
                int b = (int) Math.max(0, Math.min(BUCKETS - 1, t / span * BUCKETS));
                for (int c = 0; c < channels; c++) {
                    double v = chunk.calibratedNewtons(i, c) * toTarget;
                    lo[c][b] = Double.isNaN(lo[c][b]) ? v : Math.min(lo[c][b], v);
                    hi[c][b] = Double.isNaN(hi[c][b]) ? v : Math.max(hi[c][b], v);
                }
            }
        });
        XYSeriesCollection data = new XYSeriesCollection();
        for (int c = 0; c < channels; c++) {
            XYSeries s = new XYSeries(m.device().channels().get(c).label(), false, true);
            for (int b = 0; b < BUCKETS; b++) {
                if (!Double.isNaN(lo[c][b])) {
                    s.add(b * span / BUCKETS, lo[c][b]);
                    s.add((b + 0.5) * span / BUCKETS, hi[c][b]);
                }
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, "time (s)", m.target().unit().symbol(), data,
                PlotOrientation.VERTICAL, channels > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        IntervalMarker band = new IntervalMarker(m.target().min(), m.target().max(), new Color(0x2E7D32), new BasicStroke(1f),
                null, null, 0.18f);
        band.setLabel("target " + fmt(m.target().min()) + "–" + fmt(m.target().max()) + " " + m.target().unit().symbol());
        band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        band.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(band, Layer.BACKGROUND);
        // past a few dozen holds the labels would overprint one another (and drawing them is most of
        // the report's time); the holds table below names every hold
        boolean labelled = holds.size() <= LABELLED_HOLDS;
        for (HoldResult h : holds) {
            Color color = h.outcome() == HoldOutcome.MET ? new Color(0x1565C0) : new Color(0xC62828);
            IntervalMarker mark = new IntervalMarker((h.holdStartNanos() - origin) / 1e9, (h.holdEndNanos() - origin) / 1e9,
                    color, new BasicStroke(1f), null, null, 0.10f);
            plot.addDomainMarker(mark, Layer.BACKGROUND);
            if (!labelled) {
                continue;
            }
            mark.setLabel("#" + h.index() + (channels > 1 ? " " + m.device().channels().get(h.channel()).label() : "")
                    + " " + h.outcome().name().replace('_', ' '));
            mark.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            mark.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            mark.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        Font axis = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
        plot.getDomainAxis().setLabelFont(axis);
        plot.getRangeAxis().setLabelFont(axis);
        plot.getDomainAxis().setTickLabelFont(axis.deriveFont(18f));
        plot.getRangeAxis().setTickLabelFont(axis.deriveFont(18f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(axis.deriveFont(18f));
        }
        for (int c = 0; c < channels; c++) {
            plot.getRenderer().setSeriesStroke(c, new BasicStroke(2f));
        }
        double top = m.target().max() * 1.15;
        double bottom = 0;
        for (int c = 0; c < channels; c++) {
            for (int b = 0; b < BUCKETS; b++) {
                top = Double.isNaN(hi[c][b]) ? top : Math.max(top, hi[c][b]);
                bottom = Double.isNaN(lo[c][b]) ? bottom : Math.min(bottom, lo[c][b]);
            }
        }
        plot.getRangeAxis().setRange(bottom, top * 1.02); // the band always shows, even when no hold reached it
        return chart.createBufferedImage(widthPx, heightPx);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
