package org.yrdsim.workload;

import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.TraceStreamSpec;
import org.yrdsim.scenario.WorkloadSpec;

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
            sources.add(new SyntheticStream(spec, seed, scenario.simulation().scale(), scenario.simulation().duration()));
        }
        for (TraceStreamSpec trace : scenario.traces()) {
            sources.add(TraceStreams.open(trace, scenario.simulation().scale()));
        }
        return new MergedRequests(sources);
    }
}
