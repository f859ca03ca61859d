package org.yrdsim.metrics;

import java.util.function.Function;

/**
 * The shares of capacity sampled over time: each a part over a whole of one scope at each sample.
 * Their means, 95th percentiles and peaks over the measured window are figures of summary.json
 * ({@code rackUtilisation.mean}); their values at each sample are columns of timeseries.csv
 * ({@code rack_utilisation}); charts draw them under the same name.
 */
public enum CapacityShare {
    ALLOCATED_CPU("allocatedCpu", "allocated CPU", Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY, ScopeFigures::allocatedCpu),
    ALLOCATED_MEMORY("allocatedMemory", "allocated memory", Metric.ALLOCATED_MEMORY_MIB, Metric.MEMORY_CAPACITY_MIB,
        ScopeFigures::allocatedMemory),
    USED_CPU("usedCpu", "CPU in use", Metric.USED_CORES, Metric.PHYSICAL_CORES, ScopeFigures::usedCpu),
    /** Hosts holding at least one VM over all hosts: the rack utilisation the cluster's target is set on. */
    RACK_UTILISATION("rackUtilisation", "rack utilisation", Metric.ACTIVE_HOSTS, Metric.HOSTS, ScopeFigures::rackUtilisation),
    UNAVAILABLE_CPU("unavailableCpu", "CPU unavailable", Metric.UNAVAILABLE_CORES, Metric.CORE_CAPACITY, ScopeFigures::unavailableCpu);

    private final String key;
    private final String label;
    private final Metric part;
    private final Metric whole;
    private final Function<ScopeFigures, LevelStats> stats;

    CapacityShare(String key, String label, Metric part, Metric whole, Function<ScopeFigures, LevelStats> stats) {
        this.key = key;
        this.label = label;
        this.part = part;
        this.whole = whole;
        this.stats = stats;
    }

    /** The key of its statistics in summary.json. */
    public String key() {
        return key;
    }

    /** What readers call it; its mean over the window goes by this name alone. */
    public String label() {
        return label;
    }

    /** Its column in timeseries.csv: the key in snake case. */
    public String column() {
        return key.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** Its value at each sample of a scope (0 where the scope has no capacity). */
    public double[] over(ScopeSeries series) {
        return series.ratio(part, whole);
    }

    /** Its value at one sample of a scope (0 where the scope has no capacity). */
    public double at(ScopeSeries series, int sample) {
        double w = series.get(whole, sample);
        return w == 0 ? 0 : series.get(part, sample) / w;
    }

    LevelStats stats(ScopeFigures figures) {
        return stats.apply(figures);
    }
}
