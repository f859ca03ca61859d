package org.yrdsim.workload.trace;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.yrdsim.workload.UsagePool;

/**
 * Measured usage series a synthetic stream can draw VM profiles from, with the account of how they
 * were read. Series are in a fixed order (file or machine name), so a stream drawing with its own
 * seeded generator gets the same profiles on every run.
 */
public record UsageLibrary(List<UsageSeries> series, TraceReport report) implements UsagePool {
    public UsageLibrary {
        series = List.copyOf(series);
    }

    public int size() {
        return series.size();
    }

    /** A series chosen uniformly with the caller's generator. */
    @Override
    public UsageSeries pick(RandomGenerator random) {
        if (series.isEmpty()) {
            throw new IllegalStateException("the usage library is empty: " + report);
        }
        return series.get(random.nextInt(series.size()));
    }
}
