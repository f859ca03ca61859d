package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.Headline;

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

    /** The cluster time series a comparison overlays: timeseries.csv column, title, axis label, factor. */
    private record Overlay(String column, String file, String title, String yLabel, double factor) {
    }

    private static final List<Overlay> OVERLAYS = List.of(
        new Overlay("allocated_cpu", "compare-allocated-cpu.png", "Cluster: allocated cores", "share of cores (%)", 100),
        new Overlay("used_cpu", "compare-used-cpu.png", "Cluster: CPU in use", "share of physical cores (%)", 100),
        new Overlay("allocated_memory", "compare-allocated-memory.png", "Cluster: allocated memory", "share of memory (%)", 100),
        new Overlay("rejections", "compare-rejections.png", "Cluster: VM requests rejected", "rejections per sample interval", 1),
        new Overlay("it_power_w", "compare-power.png", "Cluster: IT power", "IT power (kW)", 1e-3));

    private ComparisonCharts() {
    }

    /** One chart per headline time series, every run overlaid in its own colour; returns the file names. */
    static List<String> timeSeries(List<FinishedRun> runs, Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        for (Overlay o : OVERLAYS) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (FinishedRun run : runs) {
                double[] times = run.cluster().get("time_s");
                double[] values = run.cluster().get(o.column());
                if (times != null && values != null) {
                    data.addSeries(RunCharts.series(run.name(), times, values, o.factor()));
                }
            }
            JFreeChart chart = RunCharts.lineChart(o.title(), o.yLabel(), data);
            RunCharts.colour(chart, data.getSeriesCount());
            ChartUtils.saveChartAsPNG(folder.resolve(o.file()).toFile(), chart, WIDTH, HEIGHT);
            files.add(o.file());
        }
        return files;
    }

    /**
     * A bar per run for one figure, with its 95% confidence interval as error bar where the run
     * has replications.
     */
    static String bars(Headline h, Map<String, FigureStats> byRun, Path folder) throws IOException {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double factor = h.share() ? 100 : 1;
        byRun.forEach((run, s) -> data.add(s.mean() * factor,
            s.hasInterval() ? (s.ciHigh() - s.mean()) * factor : 0, run, h.label()));
        JFreeChart chart = ChartFactory.createBarChart(h.label() + " (error bars: 95% confidence interval)", null,
            h.share() ? h.label() + " (%)" : h.label(), data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        for (int i = 0; i < byRun.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        chart.setBackgroundPaint(Color.WHITE);
        String file = "bars-" + h.slug() + ".png";
        ChartUtils.saveChartAsPNG(folder.resolve(file).toFile(), chart, 700, 420);
        return file;
    }
}
