package org.yrdsim.cli;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Checks scenario files without running them.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", description = "Scenario files.")
    List<Path> files;

    @Mixin
    ScenarioOptions options;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path file : files) {
            try {
                Scenario s = options.read(file);
                spec.commandLine().getOut().printf("ok: %s (%d datacenters, %d workload streams, %d trace streams)%n",
                    file, s.datacenters().size(), s.workloads().size(), s.traces().size());
            } catch (ScenarioException | BadInputException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                bad++;
            }
        }
        return bad == 0 ? 0 : Main.BAD_INPUT;
    }
}
