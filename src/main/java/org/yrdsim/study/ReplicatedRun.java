package org.yrdsim.study;

import org.yrdsim.engine.SimulationRun;
import org.yrdsim.engine.Workloads;
import org.yrdsim.metrics.Replications;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.RequestSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** A scenario run once per replication seed, the replications in parallel, results in seed order. */
public final class ReplicatedRun {
    /** Opens the requests of one replication (the command line wraps them to show progress). */
    @FunctionalInterface
    public interface Requests {
        Supplier<RequestSource> of(int replication, long seed);
    }

    private ReplicatedRun() {
    }

    public static List<RunResult> run(Scenario scenario, int replications) {
        return run(scenario, replications, (replication, seed) -> () -> Workloads.open(scenario, seed), (i, r) -> {
        });
    }

    /** @param finished told of each replication as it finishes, in completion order */
    public static List<RunResult> run(Scenario scenario, int replications, Requests requests,
                                      ParallelRuns.Listener<? super RunResult> finished) {
        List<Long> seeds = Replications.seeds(scenario.simulation().seed(), replications);
        List<Callable<RunResult>> tasks = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            Supplier<RequestSource> opener = requests.of(i, seed);
            tasks.add(() -> SimulationRun.run(scenario, seed, opener));
        }
        return ParallelRuns.run(tasks, finished);
    }
}
