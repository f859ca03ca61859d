package org.yrdsim.cli;

import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.report.ResultsRoot;
import org.yrdsim.report.RunReport;
import org.yrdsim.report.TraceAccounts;
import org.yrdsim.scenario.ResourceEstimate;
import org.yrdsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", description = "Simulates a scenario and writes results/<name>/.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios/yrd-baseline.yaml",
        description = "Scenario file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--results", defaultValue = "results", description = "Folder that receives the run's folder (default: ${DEFAULT-VALUE}).")
    Path resultsRoot;

    @Option(names = "--replications", defaultValue = "1", paramLabel = "N",
        description = "Runs with N seeds derived from the scenario's (default: ${DEFAULT-VALUE}).")
    int replications;

    @Override
    public Integer call() {
        Scenario scenario = options.read(scenarioFile);
        int runs = ScenarioOptions.replications(replications);
        ScenarioOptions.requireRunsFit(scenario, runs, runs, "--replications " + runs);
        ResourceEstimate need = ResourceEstimate.of(scenario);
        ResultsRoot.requireWritable(resultsRoot, ResultsRoot.FIXED_BYTES + (long) (need.samples() * need.scopes()) * ResultsRoot.BYTES_PER_ROW);
        long started = System.nanoTime();
        List<RunResult> results = ObservedRuns.run(scenario, runs, spec.commandLine().getErr());
        double seconds = (System.nanoTime() - started) / 1e9;
        RunReport.Written written = RunReport.write(results, options.overrides(), resultsRoot);
        PrintWriter out = spec.commandLine().getOut();
        results.get(0).traces().forEach(t -> out.println(TraceAccounts.line(t)));
        AnswerLines.print(out, results.get(0), written.summary());
        if (runs > 1) {
            out.printf("replication 0 (the scenario's own seed, %d):%n", scenario.simulation().seed());
        }
        HeadlineTable.print(out, scenario, written.summary());
        CrossingTable.print(out, written.summary());
        if (runs > 1) {
            out.printf("over %d replications (mean [95%% confidence interval]):%n", runs);
            FigureLines.print(out, ReplicatedFigures.from(written.summary()));
        }
        out.printf("simulated in %.1f s; results in %s%n", seconds, written.folder());
        return 0;
    }
}
