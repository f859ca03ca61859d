package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Charts of figures against a varied parameter (sweeps and capacity searches). */
final class StudyCharts {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;

    /** One curve: its label and, per x position, the figure's statistics. */
    record Curve(String label, Map<Double, FigureStats> points) {
    }

    private StudyCharts() {
    }

    /**
     * A figure against the parameter, one curve per combination of the others. A numeric parameter
     * gets lines, with the 95% confidence band where there are replications; a parameter whose
     * values are names (a host policy) gets points with error bars, since nothing lies between
     * two names.
     *
     * @param xLabels labels of the x positions when the parameter is not numeric (else null)
     * @param target  a horizontal line to draw (NaN for none)
     */
    static void curves(Figure h, String xName, String[] xLabels, List<Curve> curves, double target, Path file)
        throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), curvesChart(h, xName, xLabels, curves, target), WIDTH, HEIGHT);
    }

    static JFreeChart curvesChart(Figure h, String xName, String[] xLabels, List<Curve> curves, double target) {
        double factor = h.share() ? 100 : 1;
        boolean intervals = curves.stream().flatMap(c -> c.points().values().stream()).anyMatch(FigureStats::hasInterval);
        String title = h.label() + " against " + xName + (intervals ? " (95% confidence interval)" : " (one run per point)");
        String yLabel = h.axisLabel();
        JFreeChart chart = xLabels == null ? lines(title, xName, yLabel, curves, factor, intervals)
            : points(title, xName, yLabel, xLabels, curves, factor);
        Plot plot = chart.getPlot();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (FigureStats s : c.points().values()) {
                low = Math.min(low, s.low() * factor);
                high = Math.max(high, s.high() * factor);
            }
        }
        boolean allZero = low == 0 && high == 0 && Double.isNaN(target);
        ValueAxis axis = plot instanceof XYPlot xy ? xy.getRangeAxis() : ((CategoryPlot) plot).getRangeAxis();
        if (!Double.isNaN(target)) {
            ValueMarker line = new ValueMarker(target * factor, Color.RED, new BasicStroke(1.5f));
            if (plot instanceof XYPlot xy) {
                xy.addRangeMarker(line);
            } else {
                ((CategoryPlot) plot).addRangeMarker(line);
            }
            low = Math.min(low, target * factor);
            high = Math.max(high, target * factor);
        }
        ChartAxes.around((NumberAxis) axis, low, high);
        if (allZero) {
            // one flat line on 0 says less than a sentence, and invites reading noise into the axis
            clear(plot);
            ChartAxes.nothing((NumberAxis) axis);
            plot.setNoDataMessage(h.label() + ": 0 at every point.");
        }
        return chart;
    }

    private static JFreeChart lines(String title, String xName, String yLabel, List<Curve> curves, double factor,
                                    boolean intervals) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Curve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.label());
            c.points().forEach((x, st) -> s.add(x, st.mean() * factor, st.low() * factor, st.high() * factor));
            data.addSeries(s);
        }
        JFreeChart chart = RunCharts.lineChart(title, yLabel, null);
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(data);
        NumberAxis x = new NumberAxis(xName);
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        plot.setDomainAxis(x);
        XYLineAndShapeRenderer renderer = intervals ? new DeviationRenderer(true, true) : new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesFillPaint(i, Palette.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        if (renderer instanceof DeviationRenderer band) {
            band.setAlpha(0.2f);
        }
        plot.setRenderer(renderer);
        return chart;
    }

    private static JFreeChart points(String title, String xName, String yLabel, String[] xLabels, List<Curve> curves,
                                     double factor) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Curve c : curves) {
            for (int i = 0; i < xLabels.length; i++) {
                FigureStats s = c.points().get((double) i);
                if (s != null) {
                    // the renderer draws mean +- this; a Student-t interval is symmetric about the mean
                    data.add(s.mean() * factor, s.hasInterval() ? (s.high() - s.mean()) * factor : 0, c.label(), xLabels[i]);
                }
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(title, xName, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesShape(i, new Rectangle2D.Double(-5, -5, 10, 10));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(RunCharts.GRID);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void clear(Plot plot) {
        if (plot instanceof XYPlot xy) {
            xy.setDataset(new YIntervalSeriesCollection());
        } else {
            ((CategoryPlot) plot).setDataset(new DefaultStatisticalCategoryDataset());
        }
    }

    /** A heat map of a figure's mean over two varied parameters, by position in their value lists. */
    static void heatMap(Figure h, String xName, List<String> xValues, String yName, List<String> yValues,
                        double[][] means, Path file) throws IOException {
        double factor = h.share() ? 100 : 1;
        int n = xValues.size() * yValues.size();
        double[][] xyz = new double[3][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0, k = 0; i < xValues.size(); i++) {
            for (int j = 0; j < yValues.size(); j++, k++) {
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = means[i][j] * factor;
                min = Math.min(min, xyz[2][k]);
                max = Math.max(max, xyz[2][k]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(h.label(), xyz);
        Range shown = ChartAxes.span(min, max);
        min = shown.getLowerBound();
        max = shown.getUpperBound();
        LookupPaintScale scale = new LookupPaintScale(min, max, Color.WHITE);
        for (int step = 0; step <= 20; step++) {
            scale.add(min + (max - min) * step / 20.0, shade(step / 20.0));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, symbols(xName, xValues.toArray(String[]::new)),
            symbols(yName, yValues.toArray(String[]::new)), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(h.label() + " over " + xName + " and " + yName + " (mean of replications)", plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis(h.axisLabel());
        ChartAxes.around(legendAxis, min, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static SymbolAxis symbols(String name, String[] labels) {
        SymbolAxis axis = new SymbolAxis(name, labels);
        axis.setGridBandsVisible(false);
        return axis;
    }

    /** From pale yellow through orange to dark red (a sequential scale that prints in grey too). */
    private static Color shade(double t) {
        Color[] stops = {new Color(0xFF, 0xFF, 0xCC), new Color(0xFD, 0x8D, 0x3C), new Color(0x80, 0x00, 0x26)};
        double pos = t * (stops.length - 1);
        int i = Math.min((int) pos, stops.length - 2);
        double f = pos - i;
        return new Color(
            (int) Math.round(stops[i].getRed() + f * (stops[i + 1].getRed() - stops[i].getRed())),
            (int) Math.round(stops[i].getGreen() + f * (stops[i + 1].getGreen() - stops[i].getGreen())),
            (int) Math.round(stops[i].getBlue() + f * (stops[i + 1].getBlue() - stops[i].getBlue())));
    }
}
