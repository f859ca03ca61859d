package org.yrdsim.cli;

import org.yrdsim.metrics.RunResult;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.study.ReplicatedRun;

import java.io.PrintWriter;
import java.util.List;

/**
 * The replications of a scenario, with a progress line on a terminal: each run's requests are
 * observed as the engine takes them ({@link ObservedRequests}).
 */
final class ObservedRuns {
    private ObservedRuns() {
    }

    static List<RunResult> run(Scenario scenario, int replications, PrintWriter err) {
        try (ProgressLine line = Terminal.attached() ? new ProgressLine(err, scenario.name(), replications,
            ObservedRequests.totalSeconds(scenario)) : null) {
            return ReplicatedRun.run(scenario, replications,
                (i, seed) -> new ObservedRequests(scenario, seed, line == null ? RunProgress.NONE : line.run(i),
                    ObservedRequests.totalSeconds(scenario)),
                (index, result) -> {
                    if (line != null) {
                        line.finished(index);
                    }
                });
        }
    }
}
