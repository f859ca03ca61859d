package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.workload.VmRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;

/**
 * A replay starts from what was running at its window start: tasks scheduled at or before it and
 * not yet ended are placed at time 0 with what remains of their lives, or left out and counted
 * when the stream's initialState is off. Fixture counts are worked out by hand in the comments;
 * the real Google shard is checked against a plain scan of its rows written here.
 */
class InitialStateTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Path SHARED_SHARD = Path.of("..", "shared", "traces", "google-2011", "task_events", "part-00000-of-00500.csv.gz");

    /**
     * google/tasks.csv from 650 s: 100/0 (scheduled at 0, finishes at 800) and 100/1 (scheduled at
     * 600, evicted at 1000) are running; 200/0 (submitted 700), 100/1's second incarnation
     * (submitted 1000) and 400/0 (submitted 1500) arrive later.
     */
    @Test
    void aWindowInsideAShardStartsWithTheTasksRunningThen() {
        TraceOptions from650 = OPTIONS.withWindow(650, INF);
        List<VmRequest> requests;
        TraceReport report;
        try (var source = TraceReaders.openGoogle(path("google/tasks.csv"), path("google/jobs.csv"), from650)) {
            requests = Fixtures.drain(source);
            report = source.report();
        }
        assertEquals(5, requests.size());
        assertRequest(requests.get(0), 0, 800 - 650, 16);     // 100/0, its remaining 150 s
        assertRequest(requests.get(1), 0, 1000 - 650, 8);     // 100/1, evicted at 1000: 350 s left, not its submit + run
        assertRequest(requests.get(2), 700 - 650, INF, 32);
        assertRequest(requests.get(3), 1000 - 650, INF, 8);
        assertRequest(requests.get(4), 1500 - 650, INF, 2);
        assertEquals(2, report.runningAtStart());
        assertEquals(24_000, report.runningAtStartMilliCores());
        var state = report.initialState(TraceFormat.GOOGLE_2011_TASK_EVENTS, from650);
        assertEquals(24.0, state.cores());
        assertTrue(state.note().startsWith("2 requests holding 24 cores were running at the window start"), state.note());
    }

    @Test
    void withoutInitialStateTheCellStartsEmptyAndSaysWhy() {
        TraceOptions from650 = OPTIONS.withWindow(650, INF).withInitialState(false);
        List<VmRequest> requests;
        TraceReport report;
        try (var source = TraceReaders.openGoogle(path("google/tasks.csv"), path("google/jobs.csv"), from650)) {
            requests = Fixtures.drain(source);
            report = source.report();
        }
        assertEquals(List.of(50.0, 350.0, 850.0), requests.stream().map(VmRequest::arrival).toList());
        assertEquals(2, report.skipped(TraceReport.LEFT_OUT_AT_START));
        assertEquals(0, report.runningAtStart());
        assertEquals("the cell starts empty: initialState is false, so the 2 requests running at the window start were left out",
            report.initialState(TraceFormat.GOOGLE_2011_TASK_EVENTS, from650).note());
    }

    /**
     * google/later-shard.csv begins at 5,000 s, as a shard after the first does: B (900/0) finishes
     * on a machine at 5,100 and C (900/1) is updated while running at 5,200, both with no SUBMIT
     * here, so both ran from the shard's start; D (900/2) is killed off any machine (never ran);
     * E (900/3) is scheduled at 5,400 (it was waiting); F (900/4) fails with no sizes; A (1000/0) is
     * submitted at 5,000, scheduled at 5,500 and finishes at 5,800.
     */
    @Test
    void aShardAfterTheFirstStartsWithTheTasksItShowsRunning() {
        TraceOptions fromShardStart = OPTIONS.withWindow(5_000, INF);
        List<VmRequest> requests;
        TraceReport report;
        try (var source = TraceReaders.open(TraceFormat.GOOGLE_2011_TASK_EVENTS, path("google/later-shard.csv"), fromShardStart)) {
            requests = Fixtures.drain(source);
            report = source.report();
        }
        assertEquals(9, report.rowsRead());
        assertEquals(4, requests.size());
        assertRequest(requests.get(0), 0, 100, 16);   // B: 0.25 of 64 cores, from 5,000 to 5,100
        assertRequest(requests.get(1), 0, 300, 4);    // E: waited from 5,000, ran 5,400 .. 5,700
        assertRequest(requests.get(2), 0, 300, 8);    // A: ran 5,500 .. 5,800
        assertRequest(requests.get(3), 0, INF, 32);   // C: still running at the end of the file
        assertEquals(2, report.runningAtStart());
        assertEquals(48_000, report.runningAtStartMilliCores());
        assertEquals(Map.of("ended before being scheduled", 1L,
            "from an earlier shard, with no CPU or memory request in its events here", 1L), report.skipped());
        assertEquals(0, report.malformed().count());
    }

    @Test
    void anSwfLogSaysPlainlyThatItStartsEmpty() {
        TraceOptions whole = TraceOptions.of("trace", TraceMapping.of("opA", "Shanghai", 1, 1));
        try (var source = TraceReaders.open(TraceFormat.SWF, path("swf/small-jobs.txt"), whole)) {
            Fixtures.drain(source);
            assertEquals("the cell starts empty: a swf file records nothing that was running before it begins",
                source.report().initialState(TraceFormat.SWF, whole).note());
        }
    }

    /**
     * The real first shard from 30 minutes in: every task incarnation that was scheduled at or before
     * 1,800 s and had not ended by then, counted by a plain scan of the rows, is what the replay
     * places at its start. Cores are shares of a 32-core machine; the reader rounds each task to the
     * nearest thousandth of a core (at least one thousandth), so the sums may differ by at most a
     * thousandth per task.
     */
    @Test
    void theRealShardStartsWithWhatAPlainScanFindsRunning() throws IOException {
        Assumptions.assumeTrue(Files.exists(SHARED_SHARD), SHARED_SHARD + " absent: skipping the real-shard check");
        double windowStart = 1_800;
        TraceOptions options = TraceOptions.of("google", TraceMapping.of("g", "c", 32, 131_072)).withWindow(windowStart, INF);
        TraceReport report;
        try (var source = TraceReaders.open(TraceFormat.GOOGLE_2011_TASK_EVENTS, SHARED_SHARD, options)) {
            report = source.report();
        }
        double[] scanned = runningAt((long) (windowStart * 1_000_000));
        System.out.printf("Google shard 0 at %.0f s: %d tasks holding %.3f cores running (reader: %d, %.3f)%n", windowStart,
            (long) scanned[0], scanned[1] * 32, report.runningAtStart(), report.runningAtStartMilliCores() / 1000.0);

        assertEquals((long) scanned[0], report.runningAtStart());
        assertEquals(scanned[1] * 32, report.runningAtStartMilliCores() / 1000.0, 0.001 * scanned[0]);
        assertTrue(scanned[0] > 100_000, "the cell was far from empty: " + scanned[0]);
    }

    /** Task incarnations running at {@code micros} and the sum of their CPU requests (shares), by a plain scan. */
    private static double[] runningAt(long micros) throws IOException {
        record Incarnation(double[] sizes, long[] scheduled) {
        }
        Map<String, Incarnation> open = new HashMap<>();
        double[] found = new double[2];
        for (String line : Fixtures.lines(SHARED_SHARD)) {
            String[] f = line.split(",", -1);
            long time = Long.parseLong(f[0]);
            String key = f[2] + "/" + f[3];
            int type = Integer.parseInt(f[5]);
            Incarnation task = open.get(key);
            if (type == 0) {
                open.put(key, new Incarnation(new double[] {size(f[9]), size(f[10])}, new long[] {-1}));
            } else if (task != null && (type == 1 || type == 7) && task.scheduled()[0] < 0) {
                // a SCHEDULE fills in what the SUBMIT lacked; an UPDATE_PENDING changes what it gives
                for (int i = 0; i < 2; i++) {
                    if (!f[9 + i].isEmpty() && (type == 7 || Double.isNaN(task.sizes()[i]))) {
                        task.sizes()[i] = Double.parseDouble(f[9 + i]);
                    }
                }
                if (type == 1) {
                    task.scheduled()[0] = time;
                }
            } else if (task != null && type >= 2 && type <= 6) {
                open.remove(key);
                count(task.scheduled()[0], time == Long.MAX_VALUE ? INF : time, task.sizes(), micros, found);
            }
        }
        open.values().forEach(task -> count(task.scheduled()[0], INF, task.sizes(), micros, found));
        return found;
    }

    private static void count(long scheduled, double end, double[] sizes, long micros, double[] found) {
        if (scheduled >= 0 && scheduled <= micros && end > micros && !Double.isNaN(sizes[0]) && !Double.isNaN(sizes[1])) {
            found[0]++;
            found[1] += sizes[0];
        }
    }

    private static double size(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    private static void assertRequest(VmRequest r, double arrival, double lifetime, int cores) {
        assertEquals(arrival, r.arrival(), 1e-9, r.toString());
        assertEquals(lifetime, r.lifetime(), 1e-9, r.toString());
        assertEquals(cores, r.cores(), r.toString());
    }
}
