package org.palpa.adapter.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A client's PPT at a site over visits as a PNG: each visit's mean with ±1 SD whiskers, and the
 * band of real change (the first visit ± MDC95) shaded, so that a point outside it is a real change.
 */
public final class PptHistoryChart {
    private PptHistoryChart() {
    }

    /**
     * One visit.
     *
     * @param sessionId        the stored session
     * @param startedAtEpochMillis when it was
     * @param meanKpa          the mean of its valid trials; NaN with none (left out)
     * @param sdKpa            their SD; NaN with fewer than two (no whiskers)
     */
    public record Point(long sessionId, long startedAtEpochMillis, double meanKpa, double sdKpa) {
    }

    /** Writes the chart to {@code png}, 900×500 pixels. */
    public static void write(Path png, String title, List<Point> visits, double mdcKpa) throws IOException {
        YIntervalSeries series = new YIntervalSeries("mean ± SD");
        int n = 0;
        double first = Double.NaN;
        for (Point p : visits) {
            n++;
            if (Double.isNaN(p.meanKpa())) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = p.meanKpa();
            }
            double sd = Double.isNaN(p.sdKpa()) ? 0 : p.sdKpa();
            series.add(n, p.meanKpa(), p.meanKpa() - sd, p.meanKpa() + sd);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart("PPT of " + title, "visit", "threshold (kPa)", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setSeriesPaint(0, new Color(0x1f4e9a));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (!Double.isNaN(first)) {
            IntervalMarker band = new IntervalMarker(first - mdcKpa, first + mdcKpa, new Color(0x2e8b57), new BasicStroke(1f),
                    null, null, 0.18f);
            band.setLabel(String.format(java.util.Locale.ROOT, "no real change: first visit ± MDC95 %.1f kPa", mdcKpa));
            band.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addRangeMarker(band, Layer.BACKGROUND);
            NumberAxis range = (NumberAxis) plot.getRangeAxis();
            range.setAutoRangeIncludesZero(false);
            double lo = Math.min(range.getLowerBound(), first - mdcKpa * 1.2);
            double hi = Math.max(range.getUpperBound(), first + mdcKpa * 1.2);
            range.setRange(lo, hi);
        }
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
    }
}
