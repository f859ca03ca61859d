package org.yrdsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Axes of zeros and of constants read as plain numbers on a sensible range. */
class ChartAxesTest {
    @Test
    void anAxisOfZeroCountsRunsFrom0To1WithoutTicksToReadNoiseInto() {
        NumberAxis axis = drawn(series(0, 0, 0, 0), a -> ChartAxes.counts(a, 0));
        assertEquals(0, axis.getLowerBound());
        assertEquals(1, axis.getUpperBound());
        assertFalse(axis.isTickLabelsVisible());
        NumberAxis amounts = drawn(series(0, 0), a -> ChartAxes.fromZero(a, 0));
        assertEquals(0, amounts.getLowerBound());
        assertFalse(amounts.isTickLabelsVisible());
    }

    @Test
    void smallCountsGetWholeNumberTicksFrom0() {
        NumberAxis axis = drawn(series(0, 1, 0), a -> ChartAxes.counts(a, 1));
        assertEquals(0, axis.getLowerBound());
        assertEquals(List.of("0", "1"), tickLabels(axis));
    }

    @Test
    void countsStartAt0AndTicksAreWholeNumbers() {
        NumberAxis axis = drawn(series(3, 7, 26, 12), a -> ChartAxes.counts(a, 26));
        assertEquals(0, axis.getLowerBound());
        assertTrue(axis.getUpperBound() >= 26);
        for (String label : tickLabels(axis)) {
            assertTrue(label.matches("[0-9,]+"), "not a whole number: " + label);
        }
    }

    @Test
    void aConstantSeriesGetsABandAroundItAndDistinctPlainTickLabels() {
        double value = 0.8739697;
        NumberAxis axis = drawn(series(value, value, value), a -> ChartAxes.around(a, value, value));
        assertTrue(axis.getLowerBound() < value && value < axis.getUpperBound());
        assertEquals(2 * ChartAxes.CONSTANT_BAND * value, axis.getUpperBound() - axis.getLowerBound(), 1e-12);
        List<String> labels = tickLabels(axis);
        assertTrue(labels.size() >= 3, labels.toString());
        assertEquals(labels.size(), new HashSet<>(labels).size(), "a label repeated: " + labels);
        for (String label : labels) {
            assertFalse(label.contains("E"), "scientific notation: " + label);
            assertTrue(label.matches("0\\.[0-9]+"), label);
        }
    }

    @Test
    void aConstantOfLargeNumbersIsWrittenInFullWithSeparators() {
        NumberAxis axis = drawn(series(1_250_000, 1_250_000), a -> ChartAxes.around(a, 1_250_000, 1_250_000));
        for (String label : tickLabels(axis)) {
            assertTrue(label.matches("[0-9]{1,3}(,[0-9]{3})+"), label);
        }
    }

    @Test
    void spansStayOnTheSideOfZeroTheirDataIsOn() {
        assertEquals(0, ChartAxes.span(0, 0).getLowerBound());
        assertEquals(1, ChartAxes.span(0, 0).getUpperBound());
        assertEquals(0, ChartAxes.span(0, 40).getLowerBound(), "counts from 0 are not padded below 0");
        assertTrue(ChartAxes.span(-2, 3).getLowerBound() < -2);
        assertEquals(0, ChartAxes.span(Double.NaN, Double.NaN).getLowerBound(), "no data: a plain 0 to 1");
    }

    private static XYSeriesCollection series(double... values) {
        XYSeries s = new XYSeries("s");
        for (int i = 0; i < values.length; i++) {
            s.add(i, values[i]);
        }
        return new XYSeriesCollection(s);
    }

    /** The range axis of a chart of {@code data} after fitting it and drawing the chart once (which picks the ticks). */
    private static NumberAxis drawn(XYSeriesCollection data, java.util.function.Consumer<NumberAxis> fit) {
        JFreeChart chart = ChartFactory.createXYLineChart("t", "x", "y", data, PlotOrientation.VERTICAL, false, false, false);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        fit.accept(axis);
        chart.createBufferedImage(1000, 560);
        return axis;
    }

    static List<String> tickLabels(NumberAxis axis) {
        NumberTickUnit unit = axis.getTickUnit();
        List<String> labels = new ArrayList<>();
        // as NumberAxis places them: from the lowest multiple of the tick size within the range
        for (double v = Math.ceil(axis.getLowerBound() / unit.getSize()) * unit.getSize();
             v <= axis.getUpperBound() + 1e-9 * unit.getSize(); v += unit.getSize()) {
            labels.add(unit.valueToString(v));
        }
        return labels;
    }

    /** A run of years gets at most ten time ticks, at whole weeks, not a tick every two weeks that the labels overprint. */
    @Test
    void timeTicksOfAThreeYearRunAreWholeWeeksAtMostTenAcross() {
        double span = 1093 * 24;
        double step = TimeWindow.tickHours(span);
        assertEquals(0, step % 168);
        assertTrue(span / step <= 10, () -> "ticks every " + step + " h");
        assertTrue(span / (step - 168) > 10, "the smallest such step");
        assertEquals(24, TimeWindow.tickHours(9 * 24), "nine days keep their daily ticks");
    }

    /** Such a run reads in days: "time (days)", a tick at 2,688 h written 112; a run of days keeps its hours. */
    @Test
    void aRunOfYearsIsReadInDays() {
        JFreeChart years = ChartFactory.createXYLineChart("", "time (h)", "", new XYSeriesCollection());
        new TimeWindow(48, 1095 * 24, null).apply(years, List.of());
        NumberAxis axis = (NumberAxis) years.getXYPlot().getDomainAxis();
        assertEquals("time (days)", axis.getLabel());
        assertEquals("112", axis.getTickUnit().valueToString(2688));
        JFreeChart days = ChartFactory.createXYLineChart("", "time (h)", "", new XYSeriesCollection());
        new TimeWindow(48, 96, null).apply(days, List.of());
        assertEquals("time (h)", days.getXYPlot().getDomainAxis().getLabel());
    }
}
