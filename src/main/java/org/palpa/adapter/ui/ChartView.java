package org.palpa.adapter.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javax.swing.JComponent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.palpa.core.display.Envelope;
import org.palpa.core.display.SampleWindow;

/**
 * The live chart: the last seconds of one or more channels, decimated to the pixel width, over a
 * shaded target band, with the current hold highlighted. JFreeChart draws it; this component owns
 * the dataset and repaints only when {@link #update} is called from the display timer.
 */
final class ChartView extends JComponent {
    static final int MAX_COLUMNS = 4096;
    private static final Color[] PALETTE = {
        new Color(0x1F5FBF), new Color(0xE07B00), new Color(0x2CA02C), new Color(0x9467BD), new Color(0x8C564B),
        new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x7F7F7F), new Color(0xD62728),
        new Color(0x393B79), new Color(0x637939), new Color(0x8C6D31), new Color(0x843C39), new Color(0x7B4173),
        new Color(0x3182BD)};

    private static final Color HOLD_PAINT = new Color(255, 196, 0, 70);
    private static final Color NO_PAINT = new Color(0, 0, 0, 0);

    private final Envelope envelope = new Envelope(MAX_COLUMNS);
    private final EnvelopeDataset dataset;
    private final NumberAxis timeAxis = new NumberAxis("time (s)");
    private final NumberAxis valueAxis = new NumberAxis();
    private final IntervalMarker band = new IntervalMarker(0, 1);
    private final IntervalMarker hold = new IntervalMarker(-2, -1);
    private final EnvelopeRenderer renderer = new EnvelopeRenderer();
    private final JFreeChart chart;
    /** Markers from other instruments, at their time on the axis. */
    final ChartFlags flags;
    private final Rectangle2D.Double area = new Rectangle2D.Double();
    private String message;
    private Runnable afterPaint = () -> { };
    private long lastPaintNanos;

    ChartView(int maxSeries) {
        dataset = new EnvelopeDataset(maxSeries, MAX_COLUMNS);
        renderer.setAntiAlias(maxSeries == 1);
        for (int s = 0; s < maxSeries; s++) {
            renderer.setSeriesPaint(s, maxSeries == 1 ? PALETTE[0] : colour(s));
            renderer.setSeriesStroke(s, new BasicStroke(maxSeries == 1 ? 3f : 1f));
        }
        timeAxis.setAutoRange(false);
        valueAxis.setAutoRange(false);
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        timeAxis.setTickLabelFont(tick);
        valueAxis.setTickLabelFont(tick);
        XYPlot plot = new XYPlot(dataset, timeAxis, valueAxis, renderer);
        band.setPaint(new Color(30, 158, 74, 60));
        band.setOutlinePaint(new Color(30, 158, 74));
        band.setOutlineStroke(new BasicStroke(1.5f));
        plot.addRangeMarker(band, Layer.BACKGROUND);
        hold.setPaint(NO_PAINT);
        hold.setOutlinePaint(null);
        plot.addDomainMarker(hold, Layer.BACKGROUND);
        flags = new ChartFlags(plot);
        // solid hairlines: JFreeChart's default dashed gridlines cost Java2D more than all 16 data lines
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(new Color(0, 0, 0, 0));
        // anti-aliasing only for the one thick line of the main view; text stays smooth in both
        chart.setAntiAlias(maxSeries == 1);
        chart.setTextAntiAlias(true);
        chart.setNotify(false);
        recolour();
        setPreferredSize(new Dimension(800, 420));
    }

    /** The theme changed: axes, plot background and grid follow it. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (chart != null) {
            recolour();
        }
    }

    private void recolour() {
        for (NumberAxis axis : new NumberAxis[] {timeAxis, valueAxis}) {
            axis.setTickLabelPaint(Fonts.text());
            axis.setLabelPaint(Fonts.text());
            axis.setAxisLinePaint(Fonts.dim());
            axis.setTickMarkPaint(Fonts.dim());
        }
        boolean dark = com.formdev.flatlaf.FlatLaf.isLafDark();
        boolean contrast = javax.swing.UIManager.getLookAndFeel() instanceof HighContrastLaf;
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(contrast ? Color.BLACK : dark ? new Color(0x1E1F22) : Color.WHITE);
        Color grid = contrast ? new Color(0x808080) : dark ? new Color(0x3A3C40) : new Color(0xE4E4E4);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        if (dataset.maxSeries() == 1) {
            renderer.setSeriesPaint(0, contrast ? new Color(0x40C4FF) : dark ? new Color(0x5B9BFF) : PALETTE[0]);
        }
    }

    /**
     * Redraws the chart from {@code window}.
     *
     * @param channels       the channels to draw, and their names
     * @param originNanos    the session's first timestamp, time zero on the axis
     * @param spanSeconds    how many seconds back from the newest sample to show
     * @param scale          from the tracked unit to the unit shown
     * @param unitSymbol     the unit shown
     * @param bandMin        the band's edges, in the unit shown
     * @param holdStartNanos start of the current hold, or {@link Long#MIN_VALUE} if none
     */
    void update(SampleWindow window, int[] channels, String[] names, long originNanos, double spanSeconds,
                double scale, String unitSymbol, double bandMin, double bandMax, long holdStartNanos) {
        message = null;
        if (window.size() == 0) {
            return;
        }
        long to = window.newestTime();
        long from = to - Math.round(spanSeconds * 1e9);
        int columns = Math.max(1, Math.min(MAX_COLUMNS, (int) Math.max(1, getWidth() * 0.92)));
        dataset.setSeries(names);
        envelope.prepare(window, from, to, columns);
        for (int s = 0; s < Math.min(channels.length, dataset.getSeriesCount()); s++) {
            if (dataset.maxSeries() > 1) {
                renderer.setSeriesPaint(s, colour(channels[s]), false);
            }
            envelope.computeChannel(window, channels[s]);
            dataset.fill(s, envelope, originNanos, scale);
        }
        timeAxis.setRange((from - originNanos) / 1e9, (to - originNanos) / 1e9);
        flags.place(originNanos);
        double top = Math.max(bandMax * 1.4, nz(dataset.maxY()) * 1.1);
        double step = top > 50 ? 10 : top > 10 ? 5 : 1;
        valueAxis.setRange(0, Math.ceil(top / step) * step);
        valueAxis.setLabel(unitSymbol);
        band.setStartValue(bandMin);
        band.setEndValue(bandMax);
        if (holdStartNanos != Long.MIN_VALUE) {
            hold.setStartValue((holdStartNanos - originNanos) / 1e9);
            hold.setEndValue((to - originNanos) / 1e9);
            hold.setPaint(HOLD_PAINT);
        } else {
            hold.setPaint(NO_PAINT);
        }
        repaint();
    }

    /** The colour of series {@code s} in a multi-channel chart, shared with the glove bars. */
    static Color colour(int s) {
        return PALETTE[s % PALETTE.length];
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Shows a message over an empty chart, such as what to do without a device. */
    void showMessage(String text) {
        message = text;
        dataset.setSeries(new String[0]);
        repaint();
    }

    /** The message shown instead of the chart, or null while it plots. */
    String message() {
        return message;
    }

    /** Host time of the last paint, for measuring the delay from sample to pixel. */
    long lastPaintNanos() {
        return lastPaintNanos;
    }

    JFreeChart chart() {
        return chart;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        area.setRect(0, 0, getWidth(), getHeight());
        if (message == null) {
            chart.draw(g, area);
        } else {
            g.setColor(javax.swing.UIManager.getColor("Panel.background"));
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(Fonts.of(Font.BOLD, 22f));
            g.setColor(Fonts.text());
            paintWrapped(g, message);
        }
        lastPaintNanos = System.nanoTime();
        afterPaint.run();
    }

    /** Draws {@code text} centred, broken at spaces so that a long error stays readable in a narrow chart. */
    private void paintWrapped(Graphics2D g, String text) {
        java.awt.FontMetrics fm = g.getFontMetrics();
        int room = Math.max(40, getWidth() - 20);
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && fm.stringWidth(line + " " + word) > room) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        int y = getHeight() / 2 - (lines.size() - 1) * fm.getHeight() / 2;
        for (String l : lines) {
            g.drawString(l, Math.max(10, (getWidth() - fm.stringWidth(l)) / 2), y);
            y += fm.getHeight();
        }
    }

    /** Runs after every paint, on the event thread; used to measure the delay from sample to pixel. */
    void setAfterPaint(Runnable r) {
        afterPaint = r;
    }
}
