package org.yrdsim.metrics;

import java.util.List;

/**
 * The figures a comparison, sweep or report puts first, by their flat names in summary.json.
 *
 * @param figure flat name ({@link SummaryFigures})
 * @param label  what a reader calls it
 * @param share  whether it is a share of a whole (shown as a percentage)
 */
public record Headline(String figure, String label, boolean share) {
    public static final List<Headline> ALL = List.of(
        new Headline("allocatedCpu.mean", "allocated CPU (mean)", true),
        new Headline("allocatedCpu.p95", "allocated CPU (p95)", true),
        new Headline("allocatedMemory.mean", "allocated memory (mean)", true),
        new Headline("usedCpu.mean", "CPU in use (mean)", true),
        new Headline("rackUtilisation.mean", "hosts in use (mean)", true),
        new Headline("rejectionRate", "rejection rate", true),
        new Headline("rejections", "rejections", false),
        new Headline("peakConcurrentVms", "peak VMs at once", false),
        new Headline("lost", "VMs lost to failures", false),
        new Headline("nPlusOneShare", "time with N+1 headroom", true),
        new Headline("latency.p95Ms", "latency p95 (ms)", false),
        new Headline("pue", "PUE", false),
        new Headline("facilityEnergyKwh", "facility energy (kWh)", false),
        new Headline("carbonTonnes", "carbon (t)", false),
        new Headline("costYuan", "energy cost (yuan)", false));

    /** The headline of a figure name, or a plain one for figures that are not headlines. */
    public static Headline of(String figure) {
        return ALL.stream().filter(h -> h.figure().equals(figure)).findFirst()
            .orElse(new Headline(figure, figure, isShare(figure)));
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
