package org.yrdsim.scenario;

import org.yrdsim.scenario.trace.TraceClock;
import org.yrdsim.scenario.trace.TraceFormat;

import java.nio.file.Path;

/** How busy a stream's VMs keep their cores. */
public sealed interface UsageSpec {
    /**
     * Each VM draws a level once, from {@code level}; when {@code followsDiurnal}, the level is
     * scaled over the day by the stream's daily cycle (capped at 100%).
     */
    record Drawn(DistributionSpec level, boolean followsDiurnal) implements UsageSpec {
    }

    /**
     * Each VM follows a measured series drawn from a usage trace (PlanetLab, Bitbrains, Alibaba
     * 2018), at its time of day by {@code clock}.
     */
    record Measured(TraceFormat format, Path path, TraceClock clock) implements UsageSpec {
    }
}
