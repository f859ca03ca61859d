package org.yrdsim.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenarios and options that would exhaust the heap or run for days: validate and run refuse
 * them at once, naming the key or option and the estimate, before anything is simulated or written.
 */
class ResourceBombTest extends WithEarlierResults {
    private static final String TINY = "src/test/resources/scenarios/tiny.yaml";

    private void assertRefusedQuickly(String[] args, String... parts) throws IOException {
        long started = System.nanoTime();
        Refusal.assertRefused(CliOutcome.run(args), Main.BAD_INPUT, parts);
        assertTrue(System.nanoTime() - started < 5e9, "refused only after a while");
        assertEquals(before, Refusal.snapshot(results), "results/ changed");
    }

    @Test
    void twoBillionHostsAreRefusedByValidate() throws IOException {
        assertRefusedQuickly(new String[]{"validate", TINY, "--set", "operators.red.datacenters[0].hosts.small=2000000000"},
            "operators[0].datacenters[0].hosts.small: one run would need about", "TiB of heap (2000000005 hosts");
    }

    @Test
    void aMicrosecondSampleIntervalIsRefusedByRun() throws IOException {
        assertRefusedQuickly(new String[]{"run", TINY, "--results", results.toString(), "--set", "simulation.sampleInterval=1us"},
            "simulation.sampleInterval: one run would need about", "samples of 8 scopes", "sample less often");
    }

    @Test
    void aCenturySampledEverySecond() throws IOException {
        assertRefusedQuickly(new String[]{"validate", TINY, "--set", "simulation.duration=36500d", "--set", "simulation.sampleInterval=1s"},
            "simulation.sampleInterval: one run would need about", "3.2e+09 samples");
    }

    @Test
    void aTrillionArrivalsAnHour() throws IOException {
        assertRefusedQuickly(new String[]{"validate", TINY, "--set", "workloads[0].arrivals.rate=100000/s", "--set", "simulation.duration=100d"},
            "workloads[0].arrivals.rate: one run would take about", "days", "lower the rate");
    }

    @Test
    void aBillionReplications() throws IOException {
        assertRefusedQuickly(new String[]{"run", TINY, "--results", results.toString(), "--replications", "1000000000"},
            "error: --replications 1000000000: 1000000000 runs would need about", "use fewer");
    }

    @Test
    void aResultsFolderThatCannotBeWrittenIsFoundBeforeTheSimulation() throws IOException {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertRefusedQuickly(new String[]{"run", TINY, "--results", blocked.toString(), "--set", "simulation.duration=400d"},
            "error: --results " + blocked + ": cannot create the folder: a file is in the way");
    }

    @Test
    void planChecksItsTargetsBeforeTheFirstSimulation() throws IOException {
        assertRefusedQuickly(new String[]{"plan", TINY, "--results", results.toString(), "--vary", "placement.cpuOvercommit=1..2:0.5",
            "--target", "rejectoinRate<=0.01", "--set", "simulation.duration=400d"},
            "error: --target 'rejectoinRate<=0.01': no figure named 'rejectoinRate' in summary.json (cluster figures: ", "rejectionRate");
    }

    /** One point fits; all the points together would run for weeks, so the sweep is refused before its first run. */
    @Test
    void aSweepOfTooManyPointsTimesReplications() throws IOException {
        assertRefusedQuickly(new String[]{"sweep", TINY, "--results", results.toString(), "--vary", "simulation.seed=1..10000:1",
                "--replications", "10000", "--set", "simulation.duration=30d"},
            "error: 10000 points x 10000 replications: 100000000 runs would", "use fewer");
    }

    @Test
    void aPlanOverAWideRangeCountsTheValuesItWillSearch() throws IOException {
        assertRefusedQuickly(new String[]{"plan", TINY, "--results", results.toString(), "--vary", "simulation.seed=1..1000000:1",
                "--target", "rejectionRate<=0.01", "--replications", "2000000", "--set", "simulation.duration=30d"},
            "error: at most 22 values searched x 2000000 replications: 44000000 runs would", "use fewer");
    }
}
