package org.yrdsim.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.CapacityShare;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Utilisation per operator and per site as small multiples: one panel per operator or site, each
 * with the same two lines (allocated cores solid, CPU in use dashed) on the same scale. One chart
 * with a line pair per scope needs eight colours and a legend of two rows to tell them apart.
 */
final class ScopeCharts {
    static final String OPERATORS = "utilisation-by-operator.png";
    static final String SITES = "utilisation-by-site.png";
    private static final int PANEL_HEIGHT = 130;
    private static final Color ALLOCATED = Palette.color(0);
    private static final Color USED = Palette.color(1);

    private ScopeCharts() {
    }

    static List<Chart> write(RunResult run, Path folder) throws IOException {
        panels(run, Scope.Kind.OPERATOR, "Utilisation by operator", folder.resolve(OPERATORS));
        panels(run, Scope.Kind.SITE, "Utilisation by site", folder.resolve(SITES));
        String lines = "allocated CPU (solid) and CPU in use (dashed) after the warm-up, one panel each on the same 0-100% scale.";
        return List.of(new Chart(OPERATORS, "Each operator's " + lines), new Chart(SITES, "Each site's " + lines));
    }

    private static void panels(RunResult run, Scope.Kind kind, String title, Path file) throws IOException {
        TimeWindow window = TimeWindow.measured(run.scenario());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("time (h)"));
        plot.setGap(6);
        int panels = 0;
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() != kind) {
                continue;
            }
            XYSeriesCollection data = new XYSeriesCollection();
            for (CapacityShare share : List.of(CapacityShare.ALLOCATED_CPU, CapacityShare.USED_CPU)) {
                data.addSeries(RunCharts.series(share.label(), run.times(), share.over(e.getValue()), 100, window.fromSeconds()));
            }
            plot.add(panel(e.getKey().name(), data));
            panels++;
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(CapacityShare.ALLOCATED_CPU.label() + " (% of cores offered)", ALLOCATED));
        legend.add(new LegendItem(CapacityShare.USED_CPU.label() + " (% of physical cores)", USED));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        window.apply(chart, TimeWindow.events(run.scenario()));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, RunCharts.WIDTH, 150 + PANEL_HEIGHT * Math.max(1, panels));
    }

    private static XYPlot panel(String name, XYSeriesCollection data) {
        NumberAxis axis = new NumberAxis(name + " (%)");
        axis.setLabelFont(new Font("SansSerif", Font.BOLD, 11));
        axis.setRange(0, 105);
        axis.setTickUnit(new NumberTickUnit(25, ChartAxes.format(0)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ALLOCATED);
        renderer.setSeriesStroke(0, RunCharts.SOLID);
        renderer.setSeriesPaint(1, USED);
        renderer.setSeriesStroke(1, RunCharts.DASHED);
        // drawn segment by segment, a dash pattern restarts at every sample and looks solid
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot panel = new XYPlot(data, null, axis, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(RunCharts.GRID);
        panel.setRangeGridlinePaint(RunCharts.GRID);
        return panel;
    }
}
