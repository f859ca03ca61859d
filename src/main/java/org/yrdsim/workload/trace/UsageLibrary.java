package org.yrdsim.workload.trace;

import org.apache.commons.math3.random.RandomGenerator;
import org.yrdsim.scenario.trace.TraceClock;

import java.util.List;

/**
 * Measured usage series a synthetic stream can draw VM profiles from, with the account of how they
 * were read. Series are in a fixed order (file or machine name), so a stream drawing with its own
 * seeded generator gets the same profiles on every run.
 */
public record UsageLibrary(List<UsageSeries> series, TraceReport report) {
    public UsageLibrary {
        series = List.copyOf(series);
    }

    public int size() {
        return series.size();
    }

    /** The series placed at their time of day by {@code clock}: each starts at the local time of its first sample. */
    public UsageLibrary onClock(TraceClock clock) {
        return new UsageLibrary(series.stream().map(s -> s.onClockAt(clock.secondOfDay(s.startTime()))).toList(), report);
    }

    /** A series chosen uniformly with the caller's generator. */
    public UsageSeries pick(RandomGenerator random) {
        if (series.isEmpty()) {
            throw new IllegalStateException("the usage library is empty: " + report);
        }
        return series.get(random.nextInt(series.size()));
    }
}
