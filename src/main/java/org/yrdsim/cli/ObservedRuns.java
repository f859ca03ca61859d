package org.yrdsim.cli;

import org.yrdsim.engine.ParallelRuns;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.Replications;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The replications of a scenario as {@code engine.ReplicatedRun} runs them (same seeds, in
 * parallel, results in seed order), with a progress line on a terminal. The engine has no progress
 * hook yet, so each run's requests are observed as the engine takes them ({@link ObservedRequests}).
 */
final class ObservedRuns {
    private ObservedRuns() {
    }

    static List<RunResult> run(Scenario scenario, int replications, PrintWriter err) {
        List<Long> seeds = Replications.seeds(scenario.simulation().seed(), replications);
        try (ProgressLine line = Terminal.attached() ? new ProgressLine(err, scenario.name(), seeds.size(),
            ObservedRequests.totalSeconds(scenario)) : null) {
            List<Callable<RunResult>> tasks = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                long seed = seeds.get(i);
                RunProgress progress = line == null ? RunProgress.NONE : line.run(i);
                tasks.add(() -> SimulationRun.run(scenario, seed, new ObservedRequests(scenario, seed, progress)));
            }
            return ParallelRuns.run(tasks, (index, result) -> {
                if (line != null) {
                    line.finished(index);
                }
            });
        }
    }
}
