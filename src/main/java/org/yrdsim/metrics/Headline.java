package org.yrdsim.metrics;

import java.util.List;

/**
 * The figures a comparison, sweep or report puts first, by their flat names in summary.json.
 *
 * @param figure flat name ({@link SummaryFigures}), the one name JSON, CSV, tables and targets use
 * @param name   what a reader calls it, without its unit
 * @param unit   what its values count
 */
public record Headline(String figure, String name, Unit unit) {
    /** What a figure's values count, and the symbol shown with them. */
    public enum Unit {
        /** A share of a whole, between 0 and 1, shown as a percentage. */
        SHARE("%"),
        /** A count or a ratio such as the PUE: no unit to show. */
        NUMBER(""),
        MILLISECONDS("ms"),
        KWH("kWh"),
        TONNES("t"),
        YUAN("yuan");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }
    }

    public static final List<Headline> ALL = List.of(
        new Headline("allocatedCpu.mean", "allocated CPU (mean)", Unit.SHARE),
        new Headline("allocatedCpu.p95", "allocated CPU (p95)", Unit.SHARE),
        new Headline("allocatedMemory.mean", "allocated memory (mean)", Unit.SHARE),
        new Headline("usedCpu.mean", "CPU in use (mean)", Unit.SHARE),
        new Headline("rackUtilisation.mean", "hosts in use (mean)", Unit.SHARE),
        new Headline("rejectionRate", "rejection rate", Unit.SHARE),
        new Headline("rejections", "rejections", Unit.NUMBER),
        new Headline("peakConcurrentVms", "peak VMs at once", Unit.NUMBER),
        new Headline("lost", "VMs lost to failures", Unit.NUMBER),
        new Headline("nPlusOneShare", "time with N+1 headroom", Unit.SHARE),
        new Headline("latency.p95Ms", "latency p95", Unit.MILLISECONDS),
        new Headline("pue", "PUE", Unit.NUMBER),
        new Headline("facilityEnergyKwh", "facility energy", Unit.KWH),
        new Headline("carbonTonnes", "carbon", Unit.TONNES),
        new Headline("costYuan", "energy cost", Unit.YUAN));

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

    /** The headline of a figure name, or a plain one for figures that are not headlines. */
    public static Headline of(String figure) {
        return ALL.stream().filter(h -> h.figure().equals(figure)).findFirst()
            .orElse(new Headline(figure, figure, isShare(figure) ? Unit.SHARE : Unit.NUMBER));
    }

    /** Utilisation levels and rejection rates are shares of a whole; counts, energy and money are not. */
    public static boolean isShare(String figure) {
        String last = figure.substring(figure.lastIndexOf('.') + 1);
        return last.equals("rejectionRate") || last.equals("nPlusOneShare") || figure.contains("shareWithinMs.")
            || figure.matches("(.*\\.)?(allocatedCpu|allocatedMemory|usedCpu|rackUtilisation|unavailableCpu)\\.(mean|p95|peak)");
    }

    /** A file-name-safe form of the figure name. */
    public String slug() {
        return figure.replace('.', '-');
    }
}
