package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The PNG charts of one run, drawn with JFreeChart on a time axis in hours. */
public final class RunCharts {
    public static final String UTILISATION_OPERATORS = "utilisation-by-operator.png";
    public static final String UTILISATION_SITES = "utilisation-by-site.png";
    public static final String REJECTIONS = "rejections.png";
    public static final String POWER = "power.png";

    static final int WIDTH = 1000;
    static final int HEIGHT = 560;
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED =
        new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f);

    private RunCharts() {
    }

    /** Writes every chart; returns their file names in the order a report shows them. */
    public static List<String> write(RunResult run, Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        utilisation(run, Scope.Kind.OPERATOR, "Utilisation by operator", folder.resolve(UTILISATION_OPERATORS));
        files.add(UTILISATION_OPERATORS);
        utilisation(run, Scope.Kind.SITE, "Utilisation by site", folder.resolve(UTILISATION_SITES));
        files.add(UTILISATION_SITES);
        rejections(run, folder.resolve(REJECTIONS));
        files.add(REJECTIONS);
        power(run, folder.resolve(POWER));
        files.add(POWER);
        return files;
    }

    private static void utilisation(RunResult run, Scope.Kind kind, String title, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == kind) {
                data.addSeries(series(e.getKey().name() + " allocated cores", run.times(),
                    e.getValue().ratio(Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY), 100));
                data.addSeries(series(e.getKey().name() + " used CPU", run.times(),
                    e.getValue().ratio(Metric.USED_CORES, Metric.PHYSICAL_CORES), 100));
            }
        }
        JFreeChart chart = lineChart(title + " (solid: allocated cores, dashed: CPU in use)", "share of capacity (%)", data);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i / 2));
            renderer.setSeriesStroke(i, i % 2 == 0 ? SOLID : DASHED);
        }
        // Drawn segment by segment, a dash pattern restarts at every sample and looks solid.
        renderer.setDrawSeriesLineAsPath(true);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setRange(0, 105);
        markWarmup(chart, run);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static void rejections(RunResult run, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.OPERATOR) {
                data.addSeries(series(e.getKey().name(), run.times(), e.getValue().values(Metric.REJECTIONS), 1));
            }
        }
        double minutes = run.scenario().simulation().sampleInterval() / 60;
        JFreeChart chart = lineChart("VM requests rejected", "rejections per %s min".formatted(
            NumberFormat.getInstance(java.util.Locale.ROOT).format(minutes)), data);
        colour(chart, data.getSeriesCount());
        markWarmup(chart, run);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static void power(RunResult run, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.SITE || e.getKey().kind() == Scope.Kind.CLUSTER) {
                data.addSeries(series(e.getKey().name(), run.times(), e.getValue().values(Metric.IT_POWER_W), 1e-3));
            }
        }
        JFreeChart chart = lineChart("IT power by site", "IT power (kW)", data);
        colour(chart, data.getSeriesCount());
        markWarmup(chart, run);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    static XYSeries series(String name, double[] times, double[] values, double factor) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < times.length; i++) {
            s.add(times[i] / 3600, values[i] * factor);
        }
        return s;
    }

    /** Shades the warm-up, whose samples the summary leaves out. */
    static void markWarmup(JFreeChart chart, RunResult run) {
        double warmupHours = run.scenario().simulation().warmup() / 3600;
        if (warmupHours > 0) {
            IntervalMarker marker = new IntervalMarker(0, warmupHours, new Color(0xF2, 0xF2, 0xF2));
            marker.setLabel("warm-up (not in summary)");
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            chart.getXYPlot().addDomainMarker(marker, Layer.BACKGROUND);
        }
    }

    static JFreeChart lineChart(String title, String yLabel, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "time (h)", yLabel, data,
            PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static void colour(JFreeChart chart, int count) {
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesStroke(i, SOLID);
        }
    }
}
