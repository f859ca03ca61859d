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
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.CapacityShare;
import org.yrdsim.metrics.LatencyFigures;
import org.yrdsim.metrics.LendingFigures;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Target;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    public static List<Chart> write(RunResult run, Path folder) throws IOException {
        List<Chart> charts = new ArrayList<>();
        if (!run.lending().isEmpty()) {
            lending(run, folder.resolve(LENDING));
            charts.add(new Chart(LENDING,
                "Core-hours each borrower took from each lender under the sharing agreements, after the warm-up."));
        }
        if (run.latenciesMs().length > 0) {
            latency(run, folder.resolve(LATENCY));
            charts.add(new Chart(LATENCY, "One-way latency from origin city to datacenter of every request placed, with each stream's "
                + "limit in red and the cluster's 5 ms target; above the chart, the share of requests within the target."));
        }
        energy(run, folder.resolve(ENERGY));
        charts.add(new Chart(ENERGY, "IT and facility energy (MWh) and carbon (t CO2) of each site after the warm-up."));
        if (run.scenario().failures().timeBetweenFailures().isPresent() || !run.scenario().failures().outages().isEmpty()) {
            capacityLost(run, folder.resolve(CAPACITY_LOST));
            charts.add(new Chart(CAPACITY_LOST, "Share of cores down (failed hosts and outages), cluster and sites, after the warm-up; "
                + "the title gives the VMs lost."));
        }
        return charts;
    }

    private static void lending(RunResult run, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double max = 0;
        for (LendingFigures l : run.lending()) {
            data.addValue(l.coreHours(), "core-hours", l.borrower() + " \u2192 " + l.lender());
            max = Math.max(max, l.coreHours());
        }
        JFreeChart chart = ChartFactory.createBarChart("Capacity borrowed under sharing agreements (after warm-up)",
            "borrower \u2192 lender", "core-hours", max > 0 ? data : new DefaultCategoryDataset(),
            PlotOrientation.HORIZONTAL, false, false, false);
        style(chart.getCategoryPlot());
        chart.getCategoryPlot().setNoDataMessage("No capacity was borrowed under the " + run.lending().size()
            + " agreements after the warm-up.");
        ChartAxes.fromZero((NumberAxis) chart.getCategoryPlot().getRangeAxis(), max);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, Math.max(RunCharts.HEIGHT, 60 + 28 * run.lending().size()));
    }

    private static void latency(RunResult run, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), latencyChart(run), RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    /** The placed requests' latencies, with every stream's limit and every latency target drawn. */
    static JFreeChart latencyChart(RunResult run) {
        Map<Double, List<String>> limits = limitsMs(run);
        double max = Arrays.stream(run.latenciesMs()).max().orElse(1);
        double targetTop = latencyTargets(run.scenario().targets()).stream().mapToDouble(Target::bound).max().orElse(0);
        double top = Math.max(Math.max(Math.max(max, LatencyFigures.TARGET_MS), targetTop),
            limits.isEmpty() ? 0 : Collections.max(limits.keySet())) * 1.05;
        HistogramDataset data = new HistogramDataset();
        data.addSeries("requests placed", run.latenciesMs(), 50, 0, top);
        JFreeChart chart = ChartFactory.createHistogram("One-way latency from origin city to datacenter", "latency (ms)",
            "requests placed", data, PlotOrientation.VERTICAL, false, false, false);
        chart.addSubtitle(new TextTitle(latencyShare(run.latenciesMs())));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.color(0));
        ChartAxes.counts((NumberAxis) plot.getRangeAxis(), DatasetUtils.findMaximumRangeValue(data).doubleValue());
        List<String> limitNotes = new ArrayList<>();
        limits.forEach((limit, streams) -> {
            plot.addDomainMarker(marker(limit, Color.RED, Formats.value(limit, false) + " ms limit"));
            limitNotes.add(Formats.value(limit, false) + " ms for " + (streams.size() <= 3 ? String.join(", ", streams)
                : streams.size() + " streams"));
        });
        List<Target> targets = latencyTargets(run.scenario().targets());
        for (Target t : targets) {
            ValueMarker line = TargetCharts.line(t.bound(), "target: %s %s %s ms".formatted(
                t.figure().substring("latency.".length(), t.figure().length() - "Ms".length()), TargetCharts.symbol(t.operator()),
                Formats.plain(t.bound())));
            // half-way down, so that it does not cover a stream limit's label at the same latency
            line.setLabelAnchor(RectangleAnchor.CENTER);
            line.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            plot.addDomainMarker(line);
        }
        if (targets.isEmpty() && !limits.containsKey(LatencyFigures.TARGET_MS)) {
            plot.addDomainMarker(marker(LatencyFigures.TARGET_MS, Color.GRAY, "5 ms target"));
        }
        if (!limits.isEmpty()) {
            chart.addSubtitle(new TextTitle("Stream limits (red), enforced: a request is placed within its limit or rejected ("
                + String.join("; ", limitNotes) + ")."));
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The targets on a latency figure in ms ({@code latency.maxMs<=5}), drawn on the latency chart. */
    static List<Target> latencyTargets(List<Target> targets) {
        return targets.stream().filter(t -> t.figure().startsWith("latency.") && t.figure().endsWith("Ms")).toList();
    }

    /**
     * The share within the cluster's 5 ms target, over every request placed: the target applies to
     * all. A share within a stream's own limit would be over that stream's requests only, and those
     * are within it by construction, so it is not shown as a share of all requests.
     */
    static String latencyShare(double[] latenciesMs) {
        return "Within the cluster's 5 ms target: %s of the %,d requests placed."
            .formatted(Formats.percent(LatencyFigures.shareWithin(latenciesMs, LatencyFigures.TARGET_MS)), latenciesMs.length);
    }

    /** The streams' latency limits (ms), synthetic and trace streams alike, each with the streams that have it. */
    static Map<Double, List<String>> limitsMs(RunResult run) {
        Map<Double, List<String>> limits = new TreeMap<>();
        run.scenario().latencyLimits().forEach((stream, limit) -> limits.computeIfAbsent(limit * 1000, k -> new ArrayList<>()).add(stream));
        return limits;
    }

    private static ValueMarker marker(double ms, Color colour, String label) {
        ValueMarker marker = new ValueMarker(ms, colour, new BasicStroke(1.5f));
        marker.setLabel(label);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }

    private static void energy(RunResult run, Path file) throws IOException {
        DefaultCategoryDataset energy = new DefaultCategoryDataset();
        DefaultCategoryDataset carbon = new DefaultCategoryDataset();
        for (Map.Entry<String, ScopeFigures> e : Summary.of(run, List.of()).sites().entrySet()) {
            ScopeFigures f = e.getValue();
            energy.addValue(f.itEnergyKwh() / 1000, "IT", e.getKey());
            energy.addValue(f.facilityEnergyKwh() / 1000, "facility (IT x PUE)", e.getKey());
            carbon.addValue(f.carbonTonnes(), "carbon", e.getKey());
        }
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis("site"));
        plot.add(barPlot(energy, "energy (MWh)"), 2);
        CategoryPlot carbonPlot = barPlot(carbon, "carbon (t CO2)");
        carbonPlot.setNoDataMessage("No carbon: every site's energy is green.");
        carbonPlot.getRenderer().setSeriesPaint(0, Palette.color(2));
        plot.add(carbonPlot, 1);
        JFreeChart chart = new JFreeChart("Energy and carbon by site (after warm-up)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    private static CategoryPlot barPlot(DefaultCategoryDataset data, String label) {
        double max = DatasetUtils.isEmptyOrNull(data) ? 0 : DatasetUtils.findMaximumRangeValue(data).doubleValue();
        NumberAxis axis = new NumberAxis(label);
        ChartAxes.fromZero(axis, max);
        CategoryPlot plot = new CategoryPlot(max > 0 ? data : new DefaultCategoryDataset(), null, axis, new BarRenderer());
        style(plot);
        return plot;
    }

    private static void capacityLost(RunResult run, Path file) throws IOException {
        TimeWindow window = TimeWindow.measured(run.scenario());
        XYSeriesCollection data = new XYSeriesCollection();
        long lost = 0;
        int first = run.firstMeasuredSample();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.SITE || e.getKey().kind() == Scope.Kind.CLUSTER) {
                data.addSeries(RunCharts.series(e.getKey().name(), run.times(),
                    CapacityShare.UNAVAILABLE_CPU.over(e.getValue()), 100, window.fromSeconds()));
            }
            if (e.getKey().kind() == Scope.Kind.CLUSTER) {
                // counted as the summary counts: the intervals closed by the measured samples
                for (int i = first + 1; i < e.getValue().size(); i++) {
                    lost += (long) e.getValue().get(Metric.OWNED_LOST, i);
                }
            }
        }
        double max = RunCharts.maxOf(data);
        JFreeChart chart = RunCharts.lineChart("Capacity down (failed hosts and outages); VMs lost after the warm-up: " + lost,
            CapacityShare.UNAVAILABLE_CPU.label() + " (% of cores offered)", max > 0 ? data : new XYSeriesCollection());
        RunCharts.colour(chart, data.getSeriesCount());
        chart.getXYPlot().setNoDataMessage("No capacity was down after the warm-up.");
        ChartAxes.fromZero((NumberAxis) chart.getXYPlot().getRangeAxis(), max);
        window.apply(chart, TimeWindow.events(run.scenario()));
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
