package org.yrdsim.workload.trace;

import org.apache.commons.math3.random.RandomGenerator;
import org.yrdsim.scenario.UsageSpec;
import org.yrdsim.scenario.trace.TraceProvenance;
import org.yrdsim.workload.UsagePool;
import org.yrdsim.workload.UsageProfile;

import java.util.List;

/** The usage trace a synthetic stream draws its VMs' CPU profiles from, with the account of how it was read. */
public record MeasuredUsage(UsageLibrary library, TraceProvenance provenance) implements UsagePool {
    /** Reads the usage trace that {@code stream} names, its series placed at their local time of day. */
    public static MeasuredUsage read(String stream, UsageSpec.Measured measured) {
        UsageLibrary library = TraceReaders.readUsage(measured.format(), measured.path()).onClock(measured.clock());
        return new MeasuredUsage(library, library.report().provenance(stream, TraceProvenance.Use.CPU_USAGE,
            measured.format(), measured.path().toString(), null, null));
    }

    @Override
    public UsageProfile pick(RandomGenerator random) {
        return library.pick(random);
    }

    @Override
    public List<TraceProvenance> traces() {
        return List.of(provenance);
    }
}
