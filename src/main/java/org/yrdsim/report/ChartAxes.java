package org.yrdsim.report;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.data.Range;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The value axes of every chart, safe for zeros and constants. Left to itself JFreeChart draws an
 * axis of zeros from -5E-9 to 5E-9 and a constant as one label ("8.739697E-1") repeated down the
 * axis. Here counts start at 0 with whole-number ticks, every axis spans at least a minimum range,
 * and ticks are written with fixed decimals, never in scientific notation.
 */
final class ChartAxes {
    /** A constant is drawn in a band this share of its size either side, so that it reads as flat. */
    static final double CONSTANT_BAND = 0.05;
    private static final double PADDING = 0.05;
    private static final TickUnits DECIMAL_UNITS = decimalUnits();

    private ChartAxes() {
    }

    /** The axis of a chart that has nothing to draw and says so: no ticks to read noise into. */
    static void nothing(NumberAxis axis) {
        axis.setRange(0, 1);
        axis.setTickLabelsVisible(false);
        axis.setTickMarksVisible(false);
    }

    /** Counts of things: from 0, whole-number ticks; no ticks when every count is 0 (the chart then says so). */
    static void counts(NumberAxis axis, double max) {
        if (!(max > 0)) {
            nothing(axis);
            return;
        }
        axis.setStandardTickUnits(integerUnits());
        axis.setRange(0, max * (1 + PADDING));
    }

    /**
     * Amounts that are never negative and read best from 0 (power, energy, shares of capacity):
     * from 0 to the largest value (padded); no ticks when everything is 0 (the chart then says so).
     */
    static void fromZero(NumberAxis axis, double max) {
        if (!(max > 0)) {
            nothing(axis);
            return;
        }
        axis.setStandardTickUnits(DECIMAL_UNITS);
        axis.setRange(0, max * (1 + PADDING));
    }

    /**
     * Amounts that cannot fall below {@code floor} (a PUE below 1 is impossible): from the floor to
     * the largest value, padded; a band above the floor when every value is on it.
     */
    static void fromFloor(NumberAxis axis, double floor, double max) {
        axis.setStandardTickUnits(DECIMAL_UNITS);
        double width = max > floor ? max - floor : Math.max(Math.abs(floor), 1) * CONSTANT_BAND;
        // a fifth more above the top, where a target line's label sits
        axis.setRange(floor, max + width * 0.2);
    }

    /**
     * Figures compared by their differences (a sweep's curve, a comparison's overlay): the data's
     * range padded, and a constant drawn in a band of {@link #CONSTANT_BAND} of its size around it
     * (0 to 1 for a constant 0).
     */
    static void around(NumberAxis axis, double min, double max) {
        axis.setStandardTickUnits(DECIMAL_UNITS);
        axis.setRange(span(min, max));
    }

    /** The range {@link #around} gives to data from {@code min} to {@code max}. */
    static Range span(double min, double max) {
        if (!(min <= max)) {
            return new Range(0, 1);
        }
        double width = max - min;
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        if (width <= magnitude * 1e-9) {
            if (magnitude == 0) {
                return new Range(0, 1);
            }
            double half = magnitude * CONSTANT_BAND;
            return new Range(min - half, max + half);
        }
        double pad = width * PADDING;
        // a figure that is never negative is not drawn as if it could be
        return new Range(min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad);
    }

    /** Tick sizes 1, 2, 2.5 and 5 times a power of ten, each written with just the decimals it needs. */
    private static TickUnits decimalUnits() {
        TickUnits units = new TickUnits();
        for (int exponent = -6; exponent <= 12; exponent++) {
            for (double mantissa : new double[]{1, 2, 2.5, 5}) {
                double size = mantissa * Math.pow(10, exponent);
                int decimals = Math.max(0, -exponent + (mantissa == 2.5 ? 1 : 0));
                units.add(new NumberTickUnit(size, format(decimals)));
            }
        }
        return units;
    }

    private static TickUnits integerUnits() {
        TickUnits units = new TickUnits();
        for (int exponent = 0; exponent <= 12; exponent++) {
            for (double mantissa : new double[]{1, 2, 5}) {
                units.add(new NumberTickUnit(mantissa * Math.pow(10, exponent), format(0)));
            }
        }
        return units;
    }

    /** A fixed-decimal format with thousands separators, the same whatever the machine's locale. */
    static DecimalFormat format(int decimals) {
        return new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
