package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.LendingFigures;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.Summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The charts of the multi-operator questions: lending between operators, latency to the cities,
 * energy and carbon by site, and capacity lost to failures. Each is drawn only when the run has
 * something to show in it.
 */
public final class ClusterCharts {
    public static final String LENDING = "lending.png";
    public static final String LATENCY = "latency.png";
    public static final String ENERGY = "energy-and-carbon-by-site.png";
    public static final String CAPACITY_LOST = "capacity-lost.png";

    private ClusterCharts() {
    }

    public static List<String> write(RunResult run, Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        if (!run.lending().isEmpty()) {
            lending(run, folder.resolve(LENDING));
            files.add(LENDING);
        }
        if (run.latenciesMs().length > 0) {
            latency(run, folder.resolve(LATENCY));
            files.add(LATENCY);
        }
        energy(run, folder.resolve(ENERGY));
        files.add(ENERGY);
        if (run.scenario().failures().timeBetweenFailures().isPresent() || !run.scenario().failures().outages().isEmpty()) {
            capacityLost(run, folder.resolve(CAPACITY_LOST));
            files.add(CAPACITY_LOST);
        }
        return files;
    }

    private static void lending(RunResult run, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (LendingFigures l : run.lending()) {
            data.addValue(l.coreHours(), "core-hours", l.borrower() + " \u2192 " + l.lender());
        }
        JFreeChart chart = ChartFactory.createBarChart("Capacity borrowed under sharing agreements (after warm-up)",
            "borrower \u2192 lender", "core-hours", data, PlotOrientation.HORIZONTAL, false, false, false);
        style(chart.getCategoryPlot());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, Math.max(RunCharts.HEIGHT, 60 + 28 * run.lending().size()));
    }

    private static void latency(RunResult run, Path file) throws IOException {
        TreeSet<Double> limitsMs = new TreeSet<>();
        run.scenario().workloads().forEach(w -> w.latencyLimit().ifPresent(limit -> limitsMs.add(limit * 1000)));
        double max = Arrays.stream(run.latenciesMs()).max().orElse(1);
        double top = Math.max(max, limitsMs.isEmpty() ? 0 : limitsMs.last()) * 1.05;
        HistogramDataset data = new HistogramDataset();
        data.addSeries("requests placed", run.latenciesMs(), 50, 0, top);
        StringBuilder title = new StringBuilder("One-way latency from origin city to datacenter");
        for (double limit : limitsMs) {
            long within = Arrays.stream(run.latenciesMs()).filter(ms -> ms <= limit).count();
            title.append("; within %s ms: %.1f%%".formatted(Formats.value(limit, false), 100.0 * within / run.latenciesMs().length));
        }
        JFreeChart chart = ChartFactory.createHistogram(title.toString(), "latency (ms)", "requests placed", data,
            PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.color(0));
        for (double limit : limitsMs) {
            ValueMarker marker = new ValueMarker(limit, Color.RED, new BasicStroke(1.5f));
            marker.setLabel(Formats.value(limit, false) + " ms limit");
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
        }
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    @SuppressWarnings("unchecked")
    private static void energy(RunResult run, Path file) throws IOException {
        Map<String, Object> sites = (Map<String, Object>) Summary.of(run, Map.of()).get("sites");
        DefaultCategoryDataset energy = new DefaultCategoryDataset();
        DefaultCategoryDataset carbon = new DefaultCategoryDataset();
        for (Map.Entry<String, Object> e : sites.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            energy.addValue((double) f.get("itEnergyKwh") / 1000, "IT", e.getKey());
            energy.addValue((double) f.get("facilityEnergyKwh") / 1000, "facility (IT x PUE)", e.getKey());
            carbon.addValue((double) f.get("carbonTonnes"), "carbon", e.getKey());
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis("site"));
        plot.add(barPlot(energy, "energy (MWh)"), 2);
        CategoryPlot carbonPlot = barPlot(carbon, "carbon (t CO2)");
        carbonPlot.getRenderer().setSeriesPaint(0, Palette.color(2));
        plot.add(carbonPlot, 1);
        JFreeChart chart = new JFreeChart("Energy and carbon by site (after warm-up)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    private static CategoryPlot barPlot(DefaultCategoryDataset data, String axis) {
        CategoryPlot plot = new CategoryPlot(data, null, new NumberAxis(axis), new BarRenderer());
        style(plot);
        return plot;
    }

    private static void capacityLost(RunResult run, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        long lost = 0;
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.SITE || e.getKey().kind() == Scope.Kind.CLUSTER) {
                data.addSeries(RunCharts.series(e.getKey().name(), run.times(),
                    e.getValue().ratio(Metric.UNAVAILABLE_CORES, Metric.CORE_CAPACITY), 100));
            }
            if (e.getKey().kind() == Scope.Kind.CLUSTER) {
                for (double v : e.getValue().values(Metric.LOST)) {
                    lost += (long) v;
                }
            }
        }
        JFreeChart chart = RunCharts.lineChart("Capacity down (failed hosts and outages); VMs lost: " + lost,
            "cores unavailable (% of capacity)", data);
        RunCharts.colour(chart, data.getSeriesCount());
        RunCharts.markWarmup(chart, run);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
        }
    }
}
