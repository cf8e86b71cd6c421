package org.palpa.adapter.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series in one {@code drawPolyline} call on integer pixels, the fastest path Java2D
 * has, instead of one shape per item. The envelope already holds at most two points per pixel
 * column, so nothing is lost by snapping to pixels. Anti-aliasing is used only when asked, for
 * the single thick line of the main view.
 */
final class EnvelopeRenderer extends AbstractXYItemRenderer {
    private int[] xs = new int[0];
    private int[] ys = new int[0];
    private boolean antiAlias;

    void setAntiAlias(boolean on) {
        antiAlias = on;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (item != 0) {
            return;
        }
        int n = dataset.getItemCount(series);
        if (xs.length < n) {
            xs = new int[n];
            ys = new int[n];
        }
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        for (int i = 0; i < n; i++) {
            xs[i] = (int) Math.round(domainAxis.valueToJava2D(dataset.getXValue(series, i), dataArea, xEdge));
            ys[i] = (int) Math.round(rangeAxis.valueToJava2D(dataset.getYValue(series, i), dataArea, yEdge));
        }
        Object hint = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                antiAlias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g2.setPaint(lookupSeriesPaint(series));
        g2.setStroke(lookupSeriesStroke(series));
        g2.drawPolyline(xs, ys, n);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, hint);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
