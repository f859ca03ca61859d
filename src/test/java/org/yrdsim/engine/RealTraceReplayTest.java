package org.yrdsim.engine;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.TraceLocator;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped trace scenarios replayed on the real traces in {@code ../shared/traces} (skipped,
 * with a message, where that folder is absent, as in a fresh clone). Each prints its wall time.
 */
class RealTraceReplayTest {
    private static final Path SHARED = Path.of("..", "shared", "traces");

    /**
     * The simulation's peak of concurrently requested cores equals a sweep of the raw file written
     * here with gzip and string splitting only, under the rules the shipped scenario states: every
     * task that ran (Terminated or Failed) asks instance_num x plan_cpu / 100 cores, exactly, over
     * [max(create, 0), end), the window starting at trace time 0 with earlier tasks carried in;
     * tasks with no span after 0 ask nothing. Ends come before starts at the same second, as the
     * intervals are half-open. Counted in milli-cores (plan_cpu x 10), which add without error.
     */
    @Test
    void alibaba2017ReplayPeakRequestedCoresEqualsASweepOfTheFile() throws IOException {
        Scenario scenario = shipped("alibaba-2017.yaml", "alibaba-v2017/batch_task.csv.gz");
        RunResult run = timed(scenario);

        List<long[]> changes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(SHARED.resolve("alibaba-v2017/batch_task.csv.gz"))), StandardCharsets.UTF_8))) {
            reader.readLine(); // the header this copy carries
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                if (!(f[5].equals("Terminated") || f[5].equals("Failed")) || f[6].isEmpty() || f[7].isEmpty()) {
                    continue;
                }
                long start = Math.max(0, Long.parseLong(f[0]));
                long end = Long.parseLong(f[1]);
                if (end > start && start < scenario.simulation().duration()) {
                    long milliCores = Long.parseLong(f[4]) * Math.round(Double.parseDouble(f[6]) * 10);
                    changes.add(new long[] {start, milliCores});
                    changes.add(new long[] {end, -milliCores});
                }
            }
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        long level = 0;
        long peak = 0;
        for (long[] change : changes) {
            level += change[1];
            peak = Math.max(peak, level);
        }
        System.out.printf("Alibaba 2017 replay: peak requested cores %.3f (simulation) and %.3f (sweep of the file)%n",
            run.peakRequestedCores(), peak / 1000.0);
        assertEquals(peak / 1000.0, run.peakRequestedCores());
        assertEquals(398_179.5, run.peakRequestedCores());
    }

    /** The Google shard is read and replayed; the run's requested-cores peak is that of the requests the stream gave. */
    @Test
    void google2011ShardIsReplayedOnACellSizedCluster() {
        Scenario scenario = shipped("google-2011.yaml", "google-2011/task_events/part-00000-of-00500.csv.gz");
        RunResult run = timed(scenario);

        List<double[]> changes = new ArrayList<>();
        long requests = 0;
        try (RequestSource source = Workloads.open(scenario, scenario.simulation().seed())) {
            while (source.hasNext()) {
                VmRequest r = source.next();
                requests++;
                changes.add(new double[] {r.arrival(), r.milliCores()});
                changes.add(new double[] {r.departure(), -r.milliCores()});
            }
        }
        changes.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1]));
        double level = 0;
        double peak = 0;
        for (double[] change : changes) {
            level += change[1];
            peak = Math.max(peak, level);
        }
        assertEquals(189_994, requests, "every SUBMIT of the shard becomes a request or is accounted for (RealTracesTest)");
        assertEquals(peak / 1000, run.peakRequestedCores());
    }

    /**
     * The SWF replay: one host of 128 cores, each job a VM of its processors (8 MiB each, so memory
     * binds exactly when cores do). Without its queue, the rejections are those of a loss system
     * swept here from the raw file: a job starts if the jobs running at its submit time leave it
     * room, jobs ending at that second having left. With the shipped queue no job is rejected, and
     * every job starts: the log's own machine ran them all.
     */
    @Test
    void nasaSwfReplayQueuesWhatALossSystemWouldReject() throws IOException {
        Scenario scenario = shipped("nasa-ipsc-1993.yaml", "swf/NASA-iPSC-1993-3.1-cln.swf.gz");
        List<double[]> jobs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(SHARED.resolve("swf/NASA-iPSC-1993-3.1-cln.swf.gz"))), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (line.startsWith(";")) {
                    continue;
                }
                double submit = Double.parseDouble(f[1]);
                double run = Double.parseDouble(f[3]);
                int procs = Integer.parseInt(f[4]) > 0 ? Integer.parseInt(f[4]) : Integer.parseInt(f[7]);
                if (run > 0 && procs > 0 && submit < scenario.simulation().duration()) {
                    jobs.add(new double[]{submit, run, procs});
                }
            }
        }
        jobs.sort(Comparator.comparingDouble(j -> j[0]));
        List<double[]> running = new ArrayList<>();
        int busy = 0;
        long lossRejects = 0;
        for (double[] job : jobs) {
            for (int i = running.size() - 1; i >= 0; i--) {
                if (running.get(i)[0] <= job[0]) {
                    busy -= (int) running.remove(i)[1];
                }
            }
            if (busy + job[2] <= 128) {
                busy += (int) job[2];
                running.add(new double[]{job[0] + job[1], job[2]});
            } else {
                lossRejects++;
            }
        }
        Summary rejecting = Summary.of(timed(ScenarioOverrides.read(Path.of("scenarios/traces/nasa-ipsc-1993.yaml"),
            List.of(ScenarioOverride.parse("traces[0].admission=reject")), TraceLocator.under(SHARED))), List.of());
        assertEquals(jobs.size(), rejecting.cluster().arrivals());
        assertEquals(lossRejects, rejecting.cluster().rejections());
        assertTrue(lossRejects > 0, "the sweep found no job the machine could not take at once: nothing to queue");
        Summary queueing = Summary.of(timed(scenario), List.of());
        assertEquals(0, queueing.cluster().rejections());
        assertEquals(jobs.size(), queueing.queue().cluster().started());
        assertTrue(queueing.queue().cluster().waited() > 0, queueing.queue().cluster().toString());
    }

    private static Scenario shipped(String scenarioFile, String traceFile) {
        Assumptions.assumeTrue(Files.exists(SHARED.resolve(traceFile)), SHARED.resolve(traceFile) + " absent: skipping the real-trace replay");
        return ScenarioReader.read(Path.of("scenarios/traces", scenarioFile), TraceLocator.under(SHARED));
    }

    private static RunResult timed(Scenario scenario) {
        long started = System.nanoTime();
        RunResult run = SimulationRun.run(scenario);
        System.out.printf("%s: replayed in %.1f s%n", scenario.name(), (System.nanoTime() - started) / 1e9);
        return run;
    }
}
