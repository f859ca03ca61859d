package org.yrdsim.cli;

import org.yrdsim.BadInputException;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.scenario.ResourceCheck;
import org.yrdsim.scenario.ResourceEstimate;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;
import org.yrdsim.scenario.TraceLocator;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every command that reads a scenario shares: {@code --set} overrides and {@code --trace-dir}. */
final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
        description = "Changes one value of the scenario for this run, checked as the file is "
            + "(e.g. --set placement.hostPolicy=worst-fit). Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--trace-dir", paramLabel = "DIR",
        description = "Looks for the scenario's trace files under DIR instead of beside the scenario file.")
    Path traceDir;

    TraceLocator traces() {
        return traceDir == null ? TraceLocator.BESIDE_SCENARIO : TraceLocator.under(traceDir);
    }

    List<ScenarioOverride> overrides() {
        return sets.stream().map(ScenarioOverride::parse).toList();
    }

    /** The scenario with the overrides, its targets' figures checked against the summary's names as well. */
    Scenario read(Path file) {
        Scenario scenario = ScenarioOverrides.read(file, overrides(), traces());
        SummaryFigures.requireKnown(scenario.targets(), scenario);
        return scenario;
    }

    /** Refuses {@code runs} runs of the scenario (replications, sweep points) that together cannot fit or would run for days. */
    /**
     * Refuses {@code runs} runs of a scenario that would not fit or would take days together.
     *
     * @param kept how many of them are held at once (the replications of one point of a study)
     */
    static void requireRunsFit(Scenario scenario, int runs, int kept, String what) {
        ResourceCheck.problemOfRuns(scenario, runs, kept, Runtime.getRuntime().availableProcessors(), ResourceEstimate.Limits.ofThisJvm())
            .ifPresent(problem -> {
                throw new BadInputException(what + ": " + problem);
            });
    }

    /** Checks a --replications value. */
    static int replications(int n) {
        return atLeast("--replications", n, 1);
    }

    /** A numeric option's value, refused when below {@code min}, since picocli checks types but not ranges. */
    static int atLeast(String option, int value, int min) {
        if (value < min) {
            throw new BadInputException("%s must be at least %d but is %d".formatted(option, min, value));
        }
        return value;
    }
}
