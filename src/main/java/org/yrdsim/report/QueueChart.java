package org.yrdsim.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Requests waiting for room over time, for the cluster and each operator whose requests may wait: drawn when a stream queues. */
final class QueueChart {
    static final String FILE = "queue.png";

    private QueueChart() {
    }

    /** Writes the chart when some stream queues. */
    static Optional<Chart> write(RunResult run, Path folder) throws IOException {
        if (!run.waits().any()) {
            return Optional.empty();
        }
        TimeWindow window = TimeWindow.measured(run.scenario());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(queued(run, Scope.CLUSTER, window));
        for (String operator : run.waits().operators()) {
            data.addSeries(queued(run, Scope.operator(operator), window));
        }
        JFreeChart chart = RunCharts.lineChart("Requests waiting for room (sampled), cluster and operators", "requests waiting", data);
        RunCharts.colour(chart, data.getSeriesCount());
        double max = RunCharts.maxOf(data);
        ChartAxes.counts((NumberAxis) chart.getXYPlot().getRangeAxis(), max);
        if (max == 0) {
            chart.getXYPlot().setDataset(new XYSeriesCollection());
            chart.getXYPlot().setNoDataMessage("No request waited at a sample after the warm-up.");
        }
        window.apply(chart, TimeWindow.events(run.scenario()));
        ChartUtils.saveChartAsPNG(folder.resolve(FILE).toFile(), chart, RunCharts.WIDTH, RunCharts.HEIGHT);
        return Optional.of(new Chart(FILE, "Requests of queueing streams waiting for room over time, for the cluster and each "
            + "operator whose requests may wait. A line that climbs and does not come down means demand above capacity."));
    }

    private static XYSeries queued(RunResult run, Scope scope, TimeWindow window) {
        return RunCharts.series(scope.name(), run.times(), run.series().get(scope).values(Metric.QUEUED), 1, window.fromSeconds());
    }
}
