package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, messages, and what lands in results/. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void badScenarioGivesOneClearMessageAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("src/test/resources/scenarios/tiny.yaml")).replace("pue: 1.2", "pue: 0.8"));
        Path results = dir.resolve("results");
        int code = run("run", bad.toString(), "--results", results.toString());
        assertEquals(Main.BAD_INPUT, code);
        String message = err.toString();
        assertTrue(message.startsWith("error: " + bad + ":13:"), message);
        assertTrue(message.contains("sites[0].pue"), message);
        assertEquals(1, message.lines().count(), "expected one line, got: " + message);
        assertFalse(message.contains("\tat "), "stack trace printed: " + message);
        assertFalse(Files.exists(results), "results written for a bad scenario");
    }

    @Test
    void validateReportsEachFile() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\n");
        int code = run("validate", "src/test/resources/scenarios/tiny.yaml", bad.toString());
        assertEquals(Main.BAD_INPUT, code);
        assertTrue(out.toString().contains("ok: src/test/resources/scenarios/tiny.yaml"), out.toString());
        assertTrue(err.toString().contains(bad + ":1:1: simulation: missing required key 'simulation'"), err.toString());
    }

    @Test
    void runPrintsHeadlinesAndWritesResults() {
        Path results = dir.resolve("results");
        int code = run("run", "src/test/resources/scenarios/tiny.yaml", "--results", results.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("operator red"), out.toString());
        assertTrue(Files.isRegularFile(results.resolve("tiny/summary.json")));
    }
}
