package org.yrdsim.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One yrdsim command run in the test JVM, as a user would type it: its exit code and what it printed. */
record CliOutcome(int code, String out, String err) {
    static CliOutcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliOutcome(code, out.toString(), err.toString());
    }
}
