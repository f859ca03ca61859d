package org.yrdsim.report;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How figures read in tables: shares as percentages, other figures with sensible digits. */
public final class Formats {
    private Formats() {
    }

    public static String value(double value, boolean share) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (share) {
            return String.format(Locale.ROOT, "%.3f%%", 100 * value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.3f" : "%.5f", value);
    }

    /** A sentence with figures, the same on every machine: {@code %,d} groups thousands with a comma whatever the locale. */
    public static String text(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A number as a person writes it, without the float noise of a scaling: 65, not 65.00000000000001; 4.5, not 4.500. */
    public static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }

    /** A share for a sentence or a title: {@code 98.4%}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** {@code mean [low, high]}, or the value alone when there is no interval. */
    public static String stats(FigureStats s, boolean share) {
        if (!s.hasInterval()) {
            return value(s.mean(), share);
        }
        return value(s.mean(), share) + " [" + value(s.ciLow(), share) + ", " + value(s.ciHigh(), share) + "]";
    }

    public static String stats(FigureStats s, Figure h) {
        return stats(s, h.share());
    }

    /**
     * What a column of figures holds, for a heading: with one run there is no spread to measure, so
     * no interval is claimed.
     */
    public static String statsKind(int runs) {
        return runs > 1 ? "mean [95% confidence interval] over " + runs + " replications" : "one run each, so no interval";
    }

    /**
     * A difference of two figures, signed. Shares differ in percentage points: 31.7% against 0%
     * is "+31.7 pp", not "+31.7%", which would read as a relative change.
     */
    public static String difference(double value, boolean share) {
        String sign = value > 0 ? "+" : "";
        return share ? sign + String.format(Locale.ROOT, "%.3f pp", 100 * value) : sign + value(value, false);
    }

    /** Plain machine-readable number for CSV (empty for NaN). */
    public static String csv(double value) {
        return TimeseriesCsv.number(value);
    }
}
