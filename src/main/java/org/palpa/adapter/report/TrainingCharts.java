package org.palpa.adapter.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.palpa.app.assess.ProgressRow;
import org.palpa.core.assess.SubScore;

/** Draws a student's progress and a class's distribution and trends with JFreeChart, as PNG images. */
public final class TrainingCharts {
    private TrainingCharts() {
    }

    /** Total and sub-scores per session (left axis) and the force error against the instructor (right axis). */
    public static BufferedImage progress(String student, List<ProgressRow> rows, double passMark, int width, int height) {
        XYSeriesCollection scores = new XYSeriesCollection();
        XYSeries total = new XYSeries("total");
        Map<SubScore, XYSeries> subs = new LinkedHashMap<>();
        for (SubScore s : SubScore.values()) {
            subs.put(s, new XYSeries(s.key()));
        }
        XYSeries error = new XYSeries("force error vs instructor");
        for (int i = 0; i < rows.size(); i++) {
            ProgressRow r = rows.get(i);
            total.add(i + 1, r.total());
            for (var e : r.subscores().entrySet()) {
                subs.get(e.getKey()).add(i + 1, e.getValue());
            }
            if (r.forceAbsoluteError() != null) {
                error.add(i + 1, r.forceAbsoluteError());
            }
        }
        scores.addSeries(total);
        subs.values().stream().filter(s -> s.getItemCount() > 0).forEach(scores::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart("Progress of " + student, "session", "score (0-100)", scores,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 105);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesStroke(0, new BasicStroke(3.5f));
        renderer.setSeriesPaint(0, Color.BLACK);
        for (int i = 1; i < scores.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.2f));
        }
        plot.setRenderer(0, renderer);
        plot.addRangeMarker(new ValueMarker(passMark, new Color(0, 130, 0), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0)));
        if (error.getItemCount() > 0) {
            NumberAxis errorAxis = new NumberAxis("force error vs instructor");
            plot.setRangeAxis(1, errorAxis);
            plot.setDataset(1, new XYSeriesCollection(error));
            plot.mapDatasetToRangeAxis(1, 1);
            XYLineAndShapeRenderer red = new XYLineAndShapeRenderer(true, true);
            red.setSeriesPaint(0, new Color(200, 0, 0));
            red.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
                    new float[] {4, 3}, 0));
            plot.setRenderer(1, red);
        }
        return chart.createBufferedImage(width, height);
    }

    /** Left: the distribution of the students' latest totals; right: each student's total across their sessions. */
    public static BufferedImage cohort(String className, List<ProgressRow> rows, double passMark, int width, int height) {
        Map<String, List<ProgressRow>> byStudent = new LinkedHashMap<>();
        rows.forEach(r -> byStudent.computeIfAbsent(r.student(), s -> new java.util.ArrayList<>()).add(r));
        double[] latest = byStudent.values().stream().mapToDouble(l -> l.get(l.size() - 1).total()).toArray();
        HistogramDataset histogram = new HistogramDataset();
        histogram.addSeries("latest total per student", latest, 10, 0, 100);
        JFreeChart dist = ChartFactory.createHistogram("Class " + className + ": latest totals", "total (0-100)",
                "students", histogram, PlotOrientation.VERTICAL, true, false, false);
        dist.getXYPlot().setBackgroundPaint(Color.WHITE);
        dist.getXYPlot().addDomainMarker(new ValueMarker(passMark, new Color(0, 130, 0), new BasicStroke(2f)));
        ((NumberAxis) dist.getXYPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYSeriesCollection trends = new XYSeriesCollection();
        byStudent.forEach((student, list) -> {
            XYSeries s = new XYSeries(student);
            for (int i = 0; i < list.size(); i++) {
                s.add(i + 1, list.get(i).total());
            }
            trends.addSeries(s);
        });
        JFreeChart trend = ChartFactory.createXYLineChart("Trends: total per session", "student's session number",
                "total (0-100)", trends, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = trend.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 105);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.addRangeMarker(new ValueMarker(passMark, new Color(0, 130, 0), new BasicStroke(1.5f)));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(dist.createBufferedImage(width / 2, height), 0, 0, null);
        g.drawImage(trend.createBufferedImage(width - width / 2, height), width / 2, 0, null);
        g.dispose();
        return image;
    }

    /** Writes {@code image} as a PNG file. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }
}
