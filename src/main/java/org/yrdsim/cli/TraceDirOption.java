package org.yrdsim.cli;

import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.TraceLocator;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The option of every command that reads a scenario: where its trace files are. */
final class TraceDirOption {
    @Option(names = "--trace-dir", paramLabel = "DIR",
        description = "Looks for the scenario's trace files under DIR instead of beside the scenario file.")
    Path traceDir;

    Scenario read(Path scenarioFile) {
        return ScenarioReader.read(scenarioFile, traceDir == null ? TraceLocator.BESIDE_SCENARIO : TraceLocator.under(traceDir));
    }
}
