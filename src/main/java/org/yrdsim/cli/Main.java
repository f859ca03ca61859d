package org.yrdsim.cli;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.ScenarioException;
import org.yrdsim.workload.trace.TraceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.UncheckedIOException;

/** The {@code yrdsim} command line. */
// scope INHERIT: every subcommand gets -h/--help, -V/--version and --verbose too
@Command(name = "yrdsim", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class, scope = ScopeType.INHERIT,
    description = "Simulates the YRD integration data-center cluster from scenario files.",
    subcommands = {RunCommand.class, ValidateCommand.class, BenchCommand.class, CompareCommand.class,
        SweepCommand.class, PlanCommand.class, FitCommand.class, HelpCommand.class})
public final class Main {
    /** Exit code for a scenario or input the user must fix. */
    static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        Logging.configure(false);
        System.exit(commandLine().execute(args));
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
        description = "Logs what CloudSim Plus reports, on stderr (otherwise only its warnings).")
    void verbose(boolean on) {
        if (on) {
            Logging.configure(true);
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a trace file that is missing or not in its stated format: the message names the file and line
            if (e instanceof ScenarioException || e instanceof BadInputException || e instanceof TraceException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            String message = e instanceof UncheckedIOException io ? io.getMessage() : e.toString();
            commandLine.getErr().println("error: " + message);
            return 1;
        });
        return cli;
    }
}
