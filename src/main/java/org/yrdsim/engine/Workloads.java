package org.yrdsim.engine;

import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.TraceStreamSpec;
import org.yrdsim.scenario.UsageSpec;
import org.yrdsim.scenario.WorkloadSpec;
import org.yrdsim.workload.MergedRequests;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.SyntheticStream;
import org.yrdsim.workload.UsagePool;
import org.yrdsim.workload.trace.TraceReaders;
import org.yrdsim.workload.trace.TraceStreams;

import java.util.ArrayList;
import java.util.List;

/** The whole demand of a scenario as one time-ordered stream. */
public final class Workloads {
    private Workloads() {
    }

    /** Every synthetic stream of the scenario, with rates multiplied by its scale, up to its duration, and every trace stream. */
    public static RequestSource open(Scenario scenario, long seed) {
        List<RequestSource> sources = new ArrayList<>();
        for (WorkloadSpec spec : scenario.workloads()) {
            sources.add(new SyntheticStream(spec, seed, scenario.simulation().scale(), scenario.simulation().duration(),
                measuredUsage(spec)));
        }
        for (TraceStreamSpec trace : scenario.traces()) {
            sources.add(TraceStreams.open(trace, scenario.simulation().scale()));
        }
        return new MergedRequests(sources);
    }

    /** The usage series a stream draws its VMs' CPU profiles from, when it names a usage trace. */
    private static UsagePool measuredUsage(WorkloadSpec spec) {
        return spec.cpuUsage() instanceof UsageSpec.Measured measured
            ? TraceReaders.readUsage(measured.format(), measured.path())
            : UsagePool.NONE;
    }
}
