package org.yrdsim.report;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.Headline;

import java.awt.BasicStroke;
import java.awt.Color;
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
     * Curves of a figure against the parameter, each with its 95% confidence band.
     *
     * @param xLabels labels of the x positions when the parameter is not numeric (else null)
     * @param target  a horizontal line to draw (NaN for none)
     */
    static void curves(Headline h, String xName, String[] xLabels, List<Curve> curves, double target, Path file)
        throws IOException {
        double factor = h.share() ? 100 : 1;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Curve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.label());
            c.points().forEach((x, st) -> s.add(x, st.mean() * factor, st.low() * factor, st.high() * factor));
            data.addSeries(s);
        }
        JFreeChart chart = RunCharts.lineChart(h.label() + " against " + xName + " (band: 95% confidence interval)",
            h.share() ? h.label() + " (%)" : h.label(), null);
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(data);
        plot.setDomainAxis(xLabels == null ? new NumberAxis(xName) : symbols(xName, xLabels));
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesFillPaint(i, Palette.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        plot.setRenderer(renderer);
        if (!Double.isNaN(target)) {
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(target * factor, Color.RED, new BasicStroke(1.5f)));
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /** A heat map of a figure's mean over two varied parameters, by position in their value lists. */
    static void heatMap(Headline h, String xName, List<String> xValues, String yName, List<String> yValues,
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
        if (!(max > min)) {
            max = min + 1;
        }
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
        NumberAxis legendAxis = new NumberAxis(h.share() ? h.label() + " (%)" : h.label());
        legendAxis.setRange(min, max);
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
