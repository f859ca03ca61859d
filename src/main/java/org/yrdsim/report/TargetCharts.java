package org.yrdsim.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.scenario.Site;
import org.yrdsim.scenario.Target;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures the planners' targets are on, per site over time, with each target drawn as a line:
 * rack utilisation (hosts holding a VM) and the PUE. A target's bound is on a figure over the
 * measured window (its mean, say) while the chart shows it sample by sample, so the line is
 * labelled with what the bound applies to.
 */
final class TargetCharts {
    static final String RACK_UTILISATION = "rack-utilisation.png";
    static final String PUE = "pue.png";
    static final Color TARGET = new Color(0xC0, 0x00, 0x00);
    static final BasicStroke TARGET_STROKE =
        new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{9f, 5f}, 0f);

    private static final Font LABEL = new Font("SansSerif", Font.BOLD, 12);

    private TargetCharts() {
    }

    static void writeRackUtilisation(RunResult run, Path folder) throws IOException {
        ChartUtils.saveChartAsPNG(folder.resolve(RACK_UTILISATION).toFile(), rackUtilisationChart(run), RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    static void writePue(RunResult run, Path folder) throws IOException {
        ChartUtils.saveChartAsPNG(folder.resolve(PUE).toFile(), pueChart(run), RunCharts.WIDTH, RunCharts.HEIGHT);
    }

    /** Hosts holding at least one VM over all hosts, per site and for the cluster, in %. */
    static JFreeChart rackUtilisationChart(RunResult run) {
        TimeWindow window = TimeWindow.measured(run.scenario());
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.SITE || e.getKey().kind() == Scope.Kind.CLUSTER) {
                data.addSeries(RunCharts.series(e.getKey().name(), run.times(), e.getValue().ratio(Metric.ACTIVE_HOSTS, Metric.HOSTS), 100,
                    window.fromSeconds()));
            }
        }
        JFreeChart chart = RunCharts.lineChart("Rack utilisation: hosts holding at least one VM, cluster and sites",
            "hosts in use (% of hosts)", data);
        RunCharts.colour(chart, data.getSeriesCount());
        RunCharts.percentAxis((NumberAxis) chart.getXYPlot().getRangeAxis());
        lines(run.scenario().targets(), "rackUtilisation", 100, "%").forEach(m -> chart.getXYPlot().addRangeMarker(m, Layer.FOREGROUND));
        window.apply(chart, TimeWindow.events(run.scenario()));
        return chart;
    }

    /**
     * Facility over IT power per site, as the scenario gives it by hour (yrdsim does not model
     * cooling), and the cluster's, which weighs the sites by their IT power at each sample.
     */
    static JFreeChart pueChart(RunResult run) {
        TimeWindow window = TimeWindow.measured(run.scenario());
        double[] t = run.times();
        double[] clusterIt = new double[t.length];
        double[] clusterFacility = new double[t.length];
        XYSeriesCollection data = new XYSeriesCollection();
        double max = 1;
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() != Scope.Kind.SITE) {
                continue;
            }
            Site site = run.scenario().site(e.getKey().name()).orElseThrow();
            double[] it = e.getValue().values(Metric.IT_POWER_W);
            double[] pue = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                // a sample closes the interval before it, priced at the PUE in force when that began
                pue[i] = site.pue().at(t[Math.max(0, i - 1)]);
                clusterIt[i] += it[i];
                clusterFacility[i] += it[i] * pue[i];
                max = Math.max(max, pue[i]);
            }
            data.addSeries(RunCharts.series(e.getKey().name(), t, pue, 1, window.fromSeconds()));
        }
        double[] cluster = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            cluster[i] = clusterIt[i] > 0 ? clusterFacility[i] / clusterIt[i] : Double.NaN;
        }
        XYSeries clusterSeries = RunCharts.series("cluster (weighted by IT power)", t, cluster, 1, window.fromSeconds());
        data.addSeries(clusterSeries);
        JFreeChart chart = RunCharts.lineChart("PUE by site (as the scenario sets it, by hour) and for the cluster", "PUE", data);
        chart.addSubtitle(new TextTitle("A site's PUE is an input of the scenario (pue: under sites), not simulated: the chart shows what the run assumes."));
        RunCharts.colour(chart, data.getSeriesCount());
        // the sites' lines often coincide: dash the cluster's so that both stay visible
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setSeriesStroke(data.getSeriesCount() - 1, RunCharts.DASHED);
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).setDrawSeriesLineAsPath(true);
        List<ValueMarker> lines = lines(run.scenario().targets(), "pue", 1, "");
        for (ValueMarker line : lines) {
            chart.getXYPlot().addRangeMarker(line, Layer.FOREGROUND);
            max = Math.max(max, line.getValue());
        }
        ChartAxes.fromFloor((NumberAxis) chart.getXYPlot().getRangeAxis(), 1, max);
        window.apply(chart, TimeWindow.events(run.scenario()));
        return chart;
    }

    /**
     * A line at the bound of each target on {@code figure} (the cluster's or a scope's, the figure
     * itself or a statistic of it such as {@code .mean}), in the chart's units: the bound times
     * {@code factor}.
     */
    static List<ValueMarker> lines(List<Target> targets, String figure, double factor, String unit) {
        List<ValueMarker> lines = new ArrayList<>();
        for (Target t : targets) {
            List<String> parts = List.of(t.figure().split("\\."));
            int n = parts.size();
            int at = parts.get(n - 1).equals(figure) ? n - 1 : n > 1 && parts.get(n - 2).equals(figure) ? n - 2 : -1;
            if (at < 0) {
                continue;
            }
            String scope = at > 1 ? String.join(".", parts.subList(1, at)) + " " : "";
            String statistic = at == n - 2 ? parts.get(n - 1) + " " : "";
            ValueMarker line = line(t.bound() * factor, "%starget: %s%s %s%s".formatted(scope, statistic, symbol(t.operator()),
                Formats.plain(t.bound() * factor), unit));
            if (t.operator().startsWith(">")) {
                // a floor: the figure should run above it, so its label goes below, off the data
                line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            lines.add(line);
        }
        return lines;
    }

    static ValueMarker line(double value, String label) {
        ValueMarker marker = new ValueMarker(value, TARGET, TARGET_STROKE);
        marker.setLabel(label);
        marker.setLabelPaint(TARGET);
        marker.setLabelFont(LABEL);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    /** {@code <=} and {@code >=} as a reader writes them. */
    static String symbol(String operator) {
        return switch (operator) {
            case "<=" -> "\u2264";
            case ">=" -> "\u2265";
            default -> operator;
        };
    }
}
