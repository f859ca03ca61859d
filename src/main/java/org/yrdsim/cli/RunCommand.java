package org.yrdsim.cli;

import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.report.RunReport;
import org.yrdsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "run", description = "Simulates a scenario and writes results/<name>/.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios/yrd-baseline.yaml",
        description = "Scenario file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Mixin
    TraceDirOption traces;

    @Option(names = "--results", defaultValue = "results", description = "Folder that receives the run's folder (default: ${DEFAULT-VALUE}).")
    Path resultsRoot;

    @Override
    public Integer call() {
        Scenario scenario = traces.read(scenarioFile);
        long started = System.nanoTime();
        RunResult result = SimulationRun.run(scenario);
        double seconds = (System.nanoTime() - started) / 1e9;
        RunReport.Written written = RunReport.write(result, resultsRoot);
        HeadlineTable.print(spec.commandLine().getOut(), scenario, written.summary());
        spec.commandLine().getOut().printf("simulated in %.1f s; results in %s%n", seconds, written.folder());
        return 0;
    }
}
