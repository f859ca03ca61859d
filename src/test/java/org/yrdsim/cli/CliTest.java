package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, messages, and what lands in results/. */
class CliTest {
    @TempDir
    Path dir;

    private CliOutcome last;

    private int run(String... args) {
        last = CliOutcome.run(args);
        return last.code();
    }

    @Test
    void badScenarioGivesOneClearMessageAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("src/test/resources/scenarios/tiny.yaml")).replace("pue: 1.2", "pue: 0.8"));
        Path results = dir.resolve("results");
        int code = run("run", bad.toString(), "--results", results.toString());
        assertEquals(Main.BAD_INPUT, code);
        String message = last.err();
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
        assertTrue(last.out().contains("ok: src/test/resources/scenarios/tiny.yaml"), last.out());
        assertTrue(last.err().contains(bad + ":1:1: simulation: missing required key 'simulation'"), last.err());
    }

    @Test
    void runPrintsHeadlinesAndWritesResults() {
        Path results = dir.resolve("results");
        int code = run("run", "src/test/resources/scenarios/tiny.yaml", "--results", results.toString());
        assertEquals(0, code, last.err());
        assertTrue(last.out().contains("operator red"), last.out());
        assertTrue(Files.isRegularFile(results.resolve("tiny/summary.json")));
    }
}
