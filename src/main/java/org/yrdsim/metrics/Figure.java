package org.yrdsim.metrics;

import java.util.Optional;

/**
 * One figure of a run as every output names it. Its key is its name in summary.json (the dot path
 * of its value: {@code rackUtilisation.mean}, {@code operators.alibaba.rejectionRate}), in the CSV
 * files and in {@code plan --target}; its name is what the console, the reports and the charts
 * call it. {@link SummaryFigures} defines every figure, and how each is read from the summary.
 *
 * @param key  flat name in summary.json
 * @param name what a reader calls it, without its unit
 * @param unit what its values count
 */
public record Figure(String key, String name, Unit unit) {
    /** What a figure's values count, and the symbol shown with them. */
    public enum Unit {
        /** A share of a whole, between 0 and 1, shown as a percentage. */
        SHARE("%"),
        /** A count or a ratio such as the PUE: no unit to show. */
        NUMBER(""),
        MILLISECONDS("ms"),
        SECONDS("s"),
        KWH("kWh"),
        TONNES("t"),
        YUAN("yuan"),
        CORE_HOURS("core-hours");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public boolean share() {
        return unit == Unit.SHARE;
    }

    /** Its name in tables, where a share's values carry their own % sign: {@code latency p95 (ms)}, {@code rejection rate}. */
    public String label() {
        return share() || unit == Unit.NUMBER ? name : name + " (" + unit.symbol + ")";
    }

    /** Its name on a chart axis, whose numbers carry no unit: {@code rejection rate (%)}. */
    public String axisLabel() {
        return unit == Unit.NUMBER ? name : name + " (" + unit.symbol + ")";
    }

    /** The figure of a key, if summary.json has such a figure. */
    public static Optional<Figure> of(String key) {
        return SummaryFigures.figure(key);
    }

    /** The figure of a key defined in {@link SummaryFigures}; for the names this code itself uses. */
    public static Figure named(String key) {
        return of(key).orElseThrow(() -> new IllegalArgumentException("no figure is defined as '" + key + "'"));
    }

    /** Whether the key names a share of a whole (between 0 and 1); false for a key that names no figure. */
    public static boolean isShare(String key) {
        return of(key).map(Figure::share).orElse(false);
    }

    /** A file-name-safe form of the key. */
    public String slug() {
        return key.replace('.', '-');
    }
}
