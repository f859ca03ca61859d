package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario's targets on the command line: checked before anything runs, judged in every run, and what plan searches for by default. */
class TargetsCliTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/compare-tiny.yaml");

    @TempDir
    Path dir;

    /** compare-tiny.yaml with a targets: list added at its end. */
    private Path withTargets(String... targets) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(TINY).stripTrailing()).append("\ntargets:\n");
        for (String t : targets) {
            text.append("  - ").append(t).append('\n');
        }
        return Files.writeString(dir.resolve("with-targets.yaml"), text);
    }

    private static int lineOf(Path file, String text) throws IOException {
        return Files.readAllLines(file).indexOf(text) + 1;
    }

    @Test
    void aTargetOnAFigureNoRunHasIsRefusedNamingFileLineAndKey() throws IOException {
        Path file = withTargets("pue <= 1.25", "rejectoinRate <= 1%");
        int line = lineOf(file, "  - rejectoinRate <= 1%");
        Path results = dir.resolve("results");
        CliOutcome run = CliOutcome.run("run", file.toString(), "--results", results.toString());
        assertEquals(Main.BAD_INPUT, run.code());
        String expected = "error: " + file + ":" + line + ":5: targets[1]: no figure named 'rejectoinRate' in summary.json";
        assertTrue(run.err().startsWith(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertFalse(Files.exists(results), "nothing is written");

        CliOutcome validate = CliOutcome.run("validate", file.toString());
        assertEquals(Main.BAD_INPUT, validate.code());
        assertTrue(validate.err().startsWith(expected), validate.err());
    }

    @Test
    void aRunLeadsWithTheVerdictOnItsTargets() throws IOException {
        Path file = withTargets("rejectionRate <= 100%", "operators.alibaba.rejectionRate < 0");
        CliOutcome run = CliOutcome.run("run", file.toString(), "--results", dir.resolve("results").toString());
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("targets: 1 of 2 targets met; not met: operator alibaba: rejection rate < 0%."), out);
        assertTrue(out.indexOf("targets:") < out.indexOf(HeadlineTable.COLUMNS.get(0).label()), "the verdict comes before the headline table:\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.strip().startsWith("operator alibaba") && l.endsWith("FAIL")), out);
    }

    @Test
    void planSearchesForTheScenariosTargetsWhenGivenNone() throws IOException {
        Path file = withTargets("operators.alibaba.rejectionRate <= 50%");
        CliOutcome plan = CliOutcome.run("plan", file.toString(), "--results", dir.resolve("results").toString(),
            "--vary", "operators.alibaba.datacenters[0].hosts.small=1..4", "--replications", "2");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("meeting [operators.alibaba.rejectionRate<=0.5]"), plan.out());
        assertTrue(plan.out().contains("answer: operators.alibaba.datacenters[0].hosts.small = "), plan.out());
    }

    @Test
    void planWithoutTargetsAnywhereSaysWhereToGiveThem() {
        CliOutcome plan = CliOutcome.run("plan", TINY.toString(), "--results", dir.resolve("results").toString(),
            "--vary", "operators.alibaba.datacenters[0].hosts.small=1..4");
        assertEquals(Main.BAD_INPUT, plan.code());
        assertEquals("error: plan needs a target: give --target EXPR, or list targets: in " + TINY, plan.err().strip());
    }
}
