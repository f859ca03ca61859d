package org.yrdsim.cli;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.ScenarioException;
import org.yrdsim.workload.trace.TraceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.UncheckedIOException;

/**
 * The {@code yrdsim} command line. Every failure is one line on stderr starting with "error: ",
 * never a stack trace or an exception's class name, and one of two exit codes: {@link #BAD_INPUT}
 * when the command refused to start because of something the user gave it, {@link #FAILED} when
 * it failed while working (results/ is then left as it was).
 */
// scope INHERIT: every subcommand gets -h/--help, -V/--version and --verbose too
@Command(name = "yrdsim", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class, scope = ScopeType.INHERIT,
    description = "Simulates the YRD integration data-center cluster from scenario files.",
    subcommands = {RunCommand.class, ValidateCommand.class, BenchCommand.class, CompareCommand.class,
        SweepCommand.class, PlanCommand.class, FitCommand.class, HelpCommand.class})
public final class Main {
    /** Exit code for a scenario, trace, option or folder the user must fix; nothing was run or written. */
    static final int BAD_INPUT = 2;
    /** Exit code for a command that failed while working: writing results, memory, a bug. */
    static final int FAILED = 1;

    public static void main(String[] args) {
        Logging.configure(false);
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.printf("error: out of memory with a heap of %d MiB; give Java more (JAVA_OPTS=-Xmx8g ./yrdsim ...) "
                + "or run a smaller scale (--set simulation.scale=0.1)%n", Runtime.getRuntime().maxMemory() >> 20);
            code = FAILED;
        }
        System.exit(code);
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
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ScenarioException || e instanceof BadInputException || e instanceof TraceException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("error: " + failure(e));
            return FAILED;
        });
        return cli;
    }

    /** A mistyped command line: the problem and where to read more, in one line instead of the whole usage text. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String message = e.getMessage().lines().map(String::strip).reduce((a, b) -> a + "; " + b).orElse("");
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        command.getErr().printf("error: %s (see %s --help)%n", message, command.getCommandSpec().qualifiedName());
        return BAD_INPUT;
    }

    /** What went wrong while working, in the user's terms: the message alone, never the exception's class. */
    private static String failure(Exception e) {
        if (e instanceof UncheckedIOException io) {
            return io.getMessage();
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return "yrdsim stopped on an internal error" + (message.isBlank() ? "" : " (" + message + ")")
            + "; nothing was written. Please report it with the command you ran";
    }
}
