package org.yrdsim.cli;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The option every command that reads a scenario shares: {@code --set} overrides. */
final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
        description = "Changes one value of the scenario for this run, checked as the file is "
            + "(e.g. --set placement.hostPolicy=worst-fit). Repeatable.")
    List<String> sets = new ArrayList<>();

    List<ScenarioOverride> overrides() {
        return sets.stream().map(ScenarioOverride::parse).toList();
    }

    Scenario read(java.nio.file.Path file) {
        return ScenarioOverrides.read(file, overrides());
    }

    /** Checks a --replications value. */
    static int replications(int n) {
        if (n < 1) {
            throw new BadInputException("--replications must be at least 1 but is " + n);
        }
        return n;
    }
}
