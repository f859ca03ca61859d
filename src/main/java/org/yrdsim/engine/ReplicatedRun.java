package org.yrdsim.engine;

import org.yrdsim.metrics.Replications;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.scenario.Scenario;

import java.util.List;
import java.util.concurrent.Callable;

/** A scenario run once per replication seed, the replications in parallel, results in seed order. */
public final class ReplicatedRun {
    private ReplicatedRun() {
    }

    public static List<RunResult> run(Scenario scenario, int replications) {
        List<Callable<RunResult>> tasks = Replications.seeds(scenario.simulation().seed(), replications).stream()
            .map(seed -> (Callable<RunResult>) () -> SimulationRun.run(scenario, seed))
            .toList();
        return ParallelRuns.run(tasks, (i, r) -> {
        });
    }
}
