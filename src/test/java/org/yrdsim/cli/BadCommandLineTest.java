package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.yrdsim.metrics.Summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Command lines a new user gets wrong: each is refused before anything runs, with exit code 2 and
 * one line naming the option (and, for a mistyped one, where to read more), never the usage text,
 * and the results folder stays as it was.
 */
class BadCommandLineTest extends WithEarlierResults {
    private static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    /** Runs the command with --results pointing at the folder of earlier results, where the command takes one. */
    private void assertRefused(List<String> args, String... parts) throws IOException {
        List<String> all = new ArrayList<>(args);
        if (List.of("run", "sweep", "plan", "compare").contains(args.get(0))) {
            all.addAll(List.of("--results", results.toString()));
        }
        Refusal.assertRefused(CliOutcome.run(all.toArray(String[]::new)), Main.BAD_INPUT, parts);
        assertEquals(before, Refusal.snapshot(results), "results/ changed");
    }

    @Test
    void anUnknownOptionGetsOneLineAndAHint() throws IOException {
        assertRefused(List.of("run", TINY, "--bogus"), "error: Unknown option: '--bogus'", "(see yrdsim run --help)");
    }

    @Test
    void aMisspeltOptionGetsASuggestion() throws IOException {
        assertRefused(List.of("run", TINY, "--replication", "2"), "Unknown option", "did you mean", "--replications?", "(see yrdsim run --help)");
    }

    @Test
    void aMissingRequiredOption() throws IOException {
        assertRefused(List.of("plan", TINY, "--target", "rejectionRate<=0.01"), "Missing required option", "--vary",
            "(see yrdsim plan --help)");
    }

    @Test
    void aValueOfTheWrongType() throws IOException {
        assertRefused(List.of("bench", TINY, "--runs", "three"), "--runs", "'three' is not an int", "(see yrdsim bench --help)");
    }

    @Test
    void anUnknownCommand() throws IOException {
        assertRefused(List.of("runn", TINY), "Unmatched argument", "(see yrdsim --help)");
    }

    @Test
    void benchWithoutMeasuredRuns() throws IOException {
        assertRefused(List.of("bench", TINY, "--runs", "0"), "error: --runs must be at least 1 but is 0");
    }

    @Test
    void benchWithNegativeWarmUpRuns() throws IOException {
        assertRefused(List.of("bench", TINY, "--warmup-runs", "-1"), "error: --warmup-runs must be at least 0 but is -1");
    }

    @Test
    void fitWithoutFlavours() throws IOException {
        Path out = dir.resolve("fragment.yaml");
        assertRefused(List.of("fit", "--format", "alibaba-2017-batch-task", "src/test/resources/traces/alibaba2017/tasks.csv",
            "--reference-memory", "64 GiB", "--flavours", "0", "--out", out.toString()), "error: --flavours must be at least 1 but is 0");
        assertEquals(false, Files.exists(out), "a fragment was written");
    }

    @Test
    void noReplications() throws IOException {
        assertRefused(List.of("run", TINY, "--replications", "0"), "error: --replications must be at least 1 but is 0");
    }

    @Test
    void anOverrideWhoseValueIsBrokenYaml() throws IOException {
        assertRefused(List.of("run", TINY, "--set", "simulation.seed={a: [1, 2"),
            "error: --set simulation.seed={a: [1, 2: not valid YAML: while parsing a flow sequence");
    }

    @Test
    void anOverrideWithAnAlias() throws IOException {
        assertRefused(List.of("validate", TINY, "--set", "simulation.scale=*s"), "error: --set simulation.scale=*s: simulation.scale: aliases");
    }

    @Test
    void compareOnASummaryWithoutFigures() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path run : List.of(a, b)) {
            Files.createDirectories(run);
            Files.writeString(run.resolve("summary.json"), "{\"schemaVersion\": " + Summary.SCHEMA_VERSION + "}");
        }
        assertRefused(List.of("compare", a.toString(), b.toString()), "error: " + a.resolve("summary.json"), "lacks scenario.seed");
    }

    @Test
    void compareOnASummaryThatIsNotJson() throws IOException {
        Path a = dir.resolve("a");
        Files.createDirectories(a);
        Files.writeString(a.resolve("summary.json"), "schemaVersion: 1\n");
        assertRefused(List.of("compare", a.toString(), results.resolve("tiny").toString()), "error: " + a.resolve("summary.json"),
            "is not JSON (line 1)");
    }

    @Test
    void compareOnAFolderThatIsNotARun() throws IOException {
        assertRefused(List.of("compare", dir.toString(), results.resolve("tiny").toString()), "is not a finished run: it has no summary.json");
    }
}
