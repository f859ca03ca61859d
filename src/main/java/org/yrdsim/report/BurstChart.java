package org.yrdsim.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.CapacityShare;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.scenario.Burst;
import org.yrdsim.scenario.WorkloadSpec;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The hours around a scenario's bursts, drawn wide: on the axis of a whole run a two-hour burst is
 * a sliver. Two panels over the same hours: the allocated cores of the operators whose streams
 * burst, and their rejections per sample interval.
 */
final class BurstChart {
    static final String FILE = "burst.png";
    private static final double MARGIN_HOURS = 6;

    private BurstChart() {
    }

    /** Writes the chart when the scenario has bursts. */
    static Optional<Chart> write(RunResult run, Path folder) throws IOException {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        Set<String> operators = new LinkedHashSet<>();
        for (WorkloadSpec w : run.scenario().workloads()) {
            for (Burst b : w.arrivals().bursts()) {
                start = Math.min(start, b.start());
                end = Math.max(end, b.start() + b.duration());
                operators.add(w.operator());
            }
        }
        if (operators.isEmpty()) {
            return Optional.empty();
        }
        double duration = run.scenario().simulation().duration() / 3600;
        TimeWindow window = new TimeWindow(Math.max(0, start / 3600 - MARGIN_HOURS), Math.min(duration, end / 3600 + MARGIN_HOURS),
            "%s h either side of the bursts; the warm-up ends at %s h.".formatted(Formats.value(MARGIN_HOURS, false),
                Formats.value(run.scenario().simulation().warmup() / 3600, false)));
        XYSeriesCollection allocated = new XYSeriesCollection();
        XYSeriesCollection rejected = new XYSeriesCollection();
        double from = window.fromSeconds();
        double maxRejected = 0;
        for (String operator : operators) {
            ScopeSeries s = run.series().get(Scope.operator(operator));
            allocated.addSeries(RunCharts.series(operator, run.times(), CapacityShare.ALLOCATED_CPU.over(s), 100, from));
            rejected.addSeries(RunCharts.series(operator, run.times(), s.values(Metric.REJECTIONS), 1, from));
            maxRejected = Math.max(maxRejected, RunCharts.maxOf(rejected));
        }
        NumberAxis percent = new NumberAxis(CapacityShare.ALLOCATED_CPU.label() + " (%)");
        RunCharts.percentAxis(percent);
        percent.setTickUnit(new NumberTickUnit(25, ChartAxes.format(0)));
        NumberAxis counts = new NumberAxis("rejected per %s min".formatted(
            Formats.value(run.scenario().simulation().sampleInterval() / 60, false)));
        ChartAxes.counts(counts, maxRejected);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("time (h)"));
        plot.add(panel(allocated, percent, new XYLineAndShapeRenderer(true, false), null), 1);
        // a sample counts the interval it closes: step up at the interval's start, not at the sample
        XYStepRenderer steps = new XYStepRenderer();
        steps.setStepPoint(0);
        plot.add(panel(rejected, counts, steps, maxRejected > 0 ? null : "No request of theirs was rejected."), 1);
        JFreeChart chart = new JFreeChart("Around the bursts: " + String.join(", ", operators), JFreeChart.DEFAULT_TITLE_FONT, plot,
            true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setFixedLegendItems(plot.getSubplots().get(0).getLegendItems());
        window.apply(chart, TimeWindow.events(run.scenario()));
        ChartUtils.saveChartAsPNG(folder.resolve(FILE).toFile(), chart, RunCharts.WIDTH, RunCharts.HEIGHT);
        return Optional.of(new Chart(FILE, "The hours around the bursts (%s h either side): the allocated CPU of the operators "
            .formatted(Formats.value(MARGIN_HOURS, false)) + "whose streams burst, and their rejections per sample interval."));
    }

    private static XYPlot panel(XYSeriesCollection data, NumberAxis axis, XYLineAndShapeRenderer renderer, String emptyMessage) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesStroke(i, RunCharts.SOLID);
        }
        XYPlot panel = new XYPlot(emptyMessage == null ? data : new XYSeriesCollection(), null, axis, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(RunCharts.GRID);
        panel.setRangeGridlinePaint(RunCharts.GRID);
        panel.setNoDataMessage(emptyMessage);
        return panel;
    }
}
