package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.CapacityShare;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PNG charts of one run over time, in hours, over the measured window ({@link TimeWindow}):
 * the cluster's utilisation, rejections and power. Per-site and per-operator detail is in
 * {@link ScopeCharts}.
 */
public final class RunCharts {
    public static final String UTILISATION = "utilisation.png";
    public static final String REJECTIONS = "rejections.png";
    public static final String POWER = "power.png";

    static final int WIDTH = 1000;
    static final int HEIGHT = 560;
    static final BasicStroke SOLID = new BasicStroke(2f);
    static final BasicStroke DASHED =
        new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private RunCharts() {
    }

    /** Writes every chart over time; returns them in the order a report shows them. */
    public static List<Chart> write(RunResult run, Path folder) throws IOException {
        List<Chart> charts = new ArrayList<>();
        utilisation(run, folder.resolve(UTILISATION));
        charts.add(new Chart(UTILISATION, "The cluster's allocated CPU, CPU in use (dashed) and rack utilisation after the warm-up, "
            + "in % of capacity. The gap between allocated CPU and CPU in use is reserved but idle capacity; allocated CPU "
            + "near 100% means requests are about to be turned away."));
        TargetCharts.writeRackUtilisation(run, folder);
        charts.add(new Chart(TargetCharts.RACK_UTILISATION, "Rack utilisation (share of hosts holding at least one VM) of the "
            + "cluster and of each site after the warm-up, with the scenario's rack-utilisation targets as lines."));
        charts.addAll(ScopeCharts.write(run, folder));
        rejections(run, folder.resolve(REJECTIONS));
        charts.add(new Chart(REJECTIONS, "VM requests rejected after the warm-up, stacked by operator. Blocks at the same hour each "
            + "day point to the daily peak; a single block to a burst."));
        QueueChart.write(run, folder).ifPresent(charts::add);
        BurstChart.write(run, folder).ifPresent(charts::add);
        power(run, folder.resolve(POWER));
        charts.add(new Chart(POWER, "IT power of the cluster and of each site after the warm-up, in kW; facility power is IT power "
            + "times the site's PUE."));
        TargetCharts.writePue(run, folder);
        charts.add(new Chart(TargetCharts.PUE, "PUE of each site over time (an input of the scenario, not simulated) and of the "
            + "cluster, weighted by IT power, with the scenario's PUE targets as lines."));
        return charts;
    }

    private static void utilisation(RunResult run, Path file) throws IOException {
        TimeWindow window = TimeWindow.measured(run.scenario());
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        XYSeriesCollection data = new XYSeriesCollection();
        double from = window.fromSeconds();
        for (CapacityShare share : List.of(CapacityShare.ALLOCATED_CPU, CapacityShare.USED_CPU, CapacityShare.RACK_UTILISATION)) {
            data.addSeries(series(share.label(), run.times(), share.over(cluster), 100, from));
        }
        JFreeChart chart = lineChart("Cluster utilisation", "share of capacity (%)", data);
        colour(chart, data.getSeriesCount());
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesStroke(1, DASHED);
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setDrawSeriesLineAsPath(true);
        percentAxis((NumberAxis) chart.getXYPlot().getRangeAxis());
        window.apply(chart, TimeWindow.events(run.scenario()));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /**
     * Rejections per hour (or per sample interval, if longer), stacked by operator: per sample
     * the counts are too small and too many to read. Where none were rejected the chart says so.
     */
    private static void rejections(RunResult run, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), rejectionsChart(run), WIDTH, HEIGHT);
    }

    static JFreeChart rejectionsChart(RunResult run) {
        TimeWindow window = TimeWindow.measured(run.scenario());
        double binSeconds = Math.max(3600, run.scenario().simulation().sampleInterval());
        double[] t = run.times();
        int first = run.firstMeasuredSample();
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        double total = 0;
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() != Scope.Kind.OPERATOR) {
                continue;
            }
            XYSeries s = new XYSeries(e.getKey().name(), true, false);
            for (int i = first + 1; i < t.length; i++) {
                // a sample counts the interval it closes; the interval's start decides its bin
                double bin = Math.floor(t[i - 1] / binSeconds) * binSeconds;
                double x = (bin + binSeconds / 2) / 3600;
                int at = s.indexOf(x);
                double count = e.getValue().get(Metric.REJECTIONS, i);
                s.addOrUpdate(x, (at >= 0 ? s.getY(at).doubleValue() : 0) + count);
                total += count;
            }
            data.addSeries(s);
        }
        String per = binSeconds == 3600 ? "hour" : Formats.value(binSeconds / 3600, false) + " h";
        JFreeChart chart = ChartFactory.createXYBarChart("VM requests rejected per " + per + ", by operator", "time (h)", false,
            "requests rejected", total > 0 ? data : new DefaultTableXYDataset(), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        style(chart);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.1);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
        }
        plot.setRenderer(renderer);
        plot.setNoDataMessage("No VM request was rejected after the warm-up.");
        ChartAxes.counts((NumberAxis) plot.getRangeAxis(), total > 0 ? DatasetUtils.findStackedRangeBounds(data).getUpperBound() : 0);
        window.apply(chart, TimeWindow.events(run.scenario()));
        return chart;
    }

    private static void power(RunResult run, Path file) throws IOException {
        TimeWindow window = TimeWindow.measured(run.scenario());
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.SITE || e.getKey().kind() == Scope.Kind.CLUSTER) {
                data.addSeries(series(e.getKey().name(), run.times(), e.getValue().values(Metric.IT_POWER_W), 1e-3,
                    window.fromSeconds()));
            }
        }
        JFreeChart chart = lineChart("IT power, cluster and sites (facility power is IT power x PUE)", "IT power (kW)", data);
        colour(chart, data.getSeriesCount());
        ChartAxes.fromZero((NumberAxis) chart.getXYPlot().getRangeAxis(), maxOf(data));
        window.apply(chart, TimeWindow.events(run.scenario()));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /** A series in hours from the sample at or after {@code fromSeconds} on. */
    static XYSeries series(String name, double[] times, double[] values, double factor, double fromSeconds) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= fromSeconds) {
                s.add(times[i] / 3600, values[i] * factor);
            }
        }
        return s;
    }

    static double maxOf(XYSeriesCollection data) {
        return data.getSeriesCount() == 0 ? 0 : DatasetUtils.findMaximumRangeValue(data).doubleValue();
    }

    /** Shares of capacity in %, from 0 to a little above 100 so that a full cluster stays visible. */
    static void percentAxis(NumberAxis axis) {
        axis.setRange(0, 105);
        axis.setTickUnit(new NumberTickUnit(10, ChartAxes.format(0)));
    }

    static JFreeChart lineChart(String title, String yLabel, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "time (h)", yLabel, data,
            PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        return chart;
    }

    static void style(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        chart.setBackgroundPaint(Color.WHITE);
    }

    static void colour(JFreeChart chart, int count) {
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesStroke(i, SOLID);
        }
    }
}
