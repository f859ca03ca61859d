package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.CapacityShare;
import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Charts that put several finished runs side by side. */
final class ComparisonCharts {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;

    /** How an overlay's values are drawn: shares of capacity (0 to 105%), counts per hour, or amounts from 0. */
    private enum Kind { PERCENT, COUNT_PER_HOUR, AMOUNT }

    /** The cluster time series a comparison overlays: timeseries.csv column, title, axis label, factor, caption. */
    private record Overlay(String column, String file, String title, String yLabel, double factor, Kind kind, String caption) {
        /** A share of capacity, under the name and column every output gives it. */
        static Overlay of(CapacityShare share, String whole) {
            return new Overlay(share.column(), "compare-" + share.column().replace('_', '-') + ".png", "Cluster: " + share.label(),
                share.label() + " (% of " + whole + ")", 100, Kind.PERCENT,
                "The cluster's " + share.label() + " over time, in % of " + whole + ", one line per run.");
        }
    }

    private static final List<Overlay> OVERLAYS = List.of(
        Overlay.of(CapacityShare.ALLOCATED_CPU, "cores offered"),
        Overlay.of(CapacityShare.USED_CPU, "physical cores"),
        Overlay.of(CapacityShare.ALLOCATED_MEMORY, "memory offered"),
        Overlay.of(CapacityShare.RACK_UTILISATION, "hosts"),
        new Overlay("rejections", "compare-rejections.png", "Cluster: VM requests rejected per hour", "requests rejected per hour", 1,
            Kind.COUNT_PER_HOUR, "VM requests rejected in the cluster per hour, one line per run."),
        new Overlay("it_power_w", "compare-power.png", "Cluster: IT power", "IT power (kW)", 1e-3, Kind.AMOUNT,
            "The cluster's IT power over time, in kW, one line per run."));

    private ComparisonCharts() {
    }

    /**
     * One chart per headline time series, every run overlaid in its own colour, from the end of the
     * shortest warm-up; returns the file names.
     */
    static List<Chart> timeSeries(List<FinishedRun> runs, Path folder) throws IOException {
        double warmup = runs.stream().mapToDouble(r -> r.summary().scenario().warmupS()).min().orElse(0) / 3600;
        double end = runs.stream().mapToDouble(r -> r.summary().scenario().durationS()).max().orElse(0) / 3600;
        TimeWindow window = new TimeWindow(warmup, end, warmup > 0
            ? "The first %s h (warm-up) are left out, as in every figure.".formatted(Formats.value(warmup, false)) : null);
        List<Chart> charts = new ArrayList<>();
        for (Overlay o : OVERLAYS) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (FinishedRun run : runs) {
                double[] times = run.cluster().get("time_s");
                double[] values = run.cluster().get(o.column());
                if (times != null && values != null) {
                    data.addSeries(o.kind() == Kind.COUNT_PER_HOUR ? hourly(run.name(), times, values, window.fromSeconds())
                        : RunCharts.series(run.name(), times, values, o.factor(), window.fromSeconds()));
                }
            }
            double max = RunCharts.maxOf(data);
            boolean nothing = o.kind() == Kind.COUNT_PER_HOUR && max == 0;
            JFreeChart chart = RunCharts.lineChart(o.title(), o.yLabel(), nothing ? new XYSeriesCollection() : data);
            RunCharts.colour(chart, data.getSeriesCount());
            NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
            switch (o.kind()) {
                case PERCENT -> RunCharts.percentAxis(axis);
                case COUNT_PER_HOUR -> {
                    ChartAxes.counts(axis, max);
                    chart.getXYPlot().setNoDataMessage("No VM request was rejected after the warm-up, in any run.");
                }
                case AMOUNT -> ChartAxes.fromZero(axis, max);
            }
            window.apply(chart, List.of());
            ChartUtils.saveChartAsPNG(folder.resolve(o.file()).toFile(), chart, WIDTH, HEIGHT);
            charts.add(new Chart(o.file(), o.caption()
                + (warmup > 0 ? " The first %s h (warm-up) are left out.".formatted(Formats.value(warmup, false)) : "")));
        }
        return charts;
    }

    /** Counts per sample interval summed by the hour in which each interval starts, drawn at mid-hour. */
    private static XYSeries hourly(String name, double[] times, double[] counts, double fromSeconds) {
        XYSeries s = new XYSeries(name, true, false);
        for (int i = 1; i < times.length; i++) {
            if (times[i] > fromSeconds && !Double.isNaN(counts[i])) {
                double x = Math.floor(times[i - 1] / 3600) + 0.5;
                int at = s.indexOf(x);
                s.addOrUpdate(x, (at >= 0 ? s.getY(at).doubleValue() : 0) + counts[i]);
            }
        }
        return s;
    }

    /**
     * A bar per run for one figure, with its 95% confidence interval as error bar where the run
     * has replications; a figure that is 0 in every run is said so instead.
     */
    static Chart bars(Figure h, Map<String, FigureStats> byRun, Path folder) throws IOException {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double factor = h.share() ? 100 : 1;
        double top = 0;
        boolean intervals = false;
        for (Map.Entry<String, FigureStats> e : byRun.entrySet()) {
            FigureStats s = e.getValue();
            data.add(s.mean() * factor, s.hasInterval() ? (s.ciHigh() - s.mean()) * factor : 0, e.getKey(), h.label());
            top = Math.max(top, s.high() * factor);
            intervals |= s.hasInterval();
        }
        String title = h.label() + (intervals ? " (error bars: 95% confidence interval)" : "");
        JFreeChart chart = ChartFactory.createBarChart(title, null, h.axisLabel(),
            top > 0 ? data : new DefaultStatisticalCategoryDataset(), PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        for (int i = 0; i < byRun.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(RunCharts.GRID);
        plot.setNoDataMessage(h.label() + ": 0 in every run.");
        ChartAxes.fromZero((NumberAxis) plot.getRangeAxis(), top);
        chart.setBackgroundPaint(Color.WHITE);
        String file = "bars-" + h.slug() + ".png";
        ChartUtils.saveChartAsPNG(folder.resolve(file).toFile(), chart, 700, 420);
        return new Chart(file, "The cluster's " + h.label() + " in each run, after the warm-up"
            + (intervals ? ", with its 95% confidence interval as error bar." : "."));
    }
}
