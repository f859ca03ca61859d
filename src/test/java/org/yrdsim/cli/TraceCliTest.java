package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trace replay and calibration as a user meets them on the command line. */
class TraceCliTest {
    private static final Path TRACE_TINY = Path.of("src/test/resources/scenarios/trace-tiny.yaml");
    private static final Path FIXTURES = Path.of("src/test/resources/traces").toAbsolutePath();

    @TempDir
    Path dir;

    private CliOutcome last;

    private int run(String... args) {
        last = CliOutcome.run(args);
        return last.code();
    }

    @Test
    void aMissingTraceFileIsAValidationError() throws IOException {
        Path scenario = dir.resolve("missing.yaml");
        Files.writeString(scenario, tinyWithAbsolutePaths().replace("alibaba2017/tasks.csv", "alibaba2017/gone.csv"));
        assertEquals(Main.BAD_INPUT, run("validate", scenario.toString()));
        String message = last.err();
        assertTrue(message.startsWith("error: " + scenario + ":"), message);
        assertTrue(message.contains("traces[0].path: trace file not found: " + FIXTURES.resolve("alibaba2017/gone.csv")), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void aTraceDirectoryIsWhereRelativeTracePathsPoint() {
        assertEquals(Main.BAD_INPUT, run("validate", TRACE_TINY.toString(), "--trace-dir", dir.toString()));
        assertEquals(0, run("validate", TRACE_TINY.toString(), "--trace-dir", "src/test/resources/scenarios"), last.err());
        assertTrue(last.out().contains("1 trace streams"), last.out());
    }

    @Test
    void aTraceNotInItsFormatStopsTheRunWithOneLineAndWritesNothing() throws IOException {
        Path scenario = dir.resolve("wrong-format.yaml");
        Files.writeString(scenario, tinyWithAbsolutePaths().replace("alibaba2017/tasks.csv", "google/tasks.csv"));
        Path results = dir.resolve("results");
        assertEquals(Main.BAD_INPUT, run("run", scenario.toString(), "--results", results.toString()));
        String message = last.err();
        assertTrue(message.startsWith("error: trace stream 'batch': " + FIXTURES.resolve("google/tasks.csv") + ", line 1: expected"),
            message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("\tat "), message);
        assertFalse(Files.exists(results.resolve("trace-tiny")), "results written for a failed run");
    }

    @Test
    void aFittedFragmentIsAcceptedOncePastedIntoAScenario() throws IOException {
        Path fragment = dir.resolve("fitted.yaml");
        assertEquals(0, run("fit", "--format", "alibaba-2017-batch-task", FIXTURES.resolve("alibaba2017/tasks.csv").toString(),
            "--reference-memory", "64 GiB", "--operator", "ali", "--origin", "hangzhou", "--out", fragment.toString()), last.err());
        String yaml = Files.readString(fragment);
        assertTrue(yaml.contains("Kolmogorov-Smirnov distance"), yaml);
        assertTrue(yaml.contains("hourly: ["), yaml);

        Path scenario = dir.resolve("with-fitted.yaml");
        Files.writeString(scenario, tinyWithAbsolutePaths().replace("workloads: []\n", yaml));
        assertEquals(0, run("validate", scenario.toString()), last.err() + "\n" + yaml);
        assertTrue(last.out().contains("1 workload streams, 1 trace streams"), last.out());
    }

    @Test
    void fitAsksForTheReferenceMachineWhereTheFormatNeedsIt() {
        assertEquals(CommandLine.ExitCode.USAGE, run("fit", "--format", "google-2011-task-events",
            FIXTURES.resolve("google/tasks.csv").toString(), "--reference-memory", "128 GiB"));
        assertTrue(last.err().contains("--reference-cores is needed"), last.err());
    }

    /**
     * afternoon.txt's header starts the log at 14:00 US/Pacific; 30 of its 53 jobs come in the log's
     * first hour, one in each later hour. The fitted daily peak must be the 14:00 hour, not midnight.
     */
    @Test
    void fitPutsTheDailyPeakAtTheTracesLocalHour() {
        String swf = FIXTURES.resolve("swf/afternoon.txt").toString();
        assertEquals(0, run("fit", "--format", "swf", swf), last.err());
        assertEquals(14, peakHour(last.out()), last.out());
        assertTrue(last.out().contains("# Time of day: the trace starts at 2000-03-01T14:00-08:00[US/Pacific] (its SWF header)"), last.out());

        assertEquals(0, run("fit", "--format", "swf", swf, "--trace-start", "2000-03-01T09:00[Asia/Shanghai]"), last.err());
        assertEquals(9, peakHour(last.out()), last.out());

        assertEquals(Main.BAD_INPUT, run("fit", "--format", "swf", swf, "--trace-start", "14:00"));
        assertTrue(last.err().contains("expected a date, time and zone such as 2011-05-01T19:00-07:00"), last.err());
        assertEquals(1, last.err().lines().count(), last.err());
    }

    private static int peakHour(String fragment) {
        String hourly = fragment.lines().filter(l -> l.strip().startsWith("hourly: [")).findFirst().orElseThrow();
        String[] factors = hourly.substring(hourly.indexOf('[') + 1, hourly.indexOf(']')).split(",");
        int peak = 0;
        for (int h = 1; h < factors.length; h++) {
            peak = Double.parseDouble(factors[h]) > Double.parseDouble(factors[peak]) ? h : peak;
        }
        return peak;
    }

    private static String tinyWithAbsolutePaths() throws IOException {
        return Files.readString(TRACE_TINY).replace("../traces/", FIXTURES + "/");
    }
}
