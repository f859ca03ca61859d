package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.OwnerPlacement;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;

class GoogleTaskEventsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void eachScheduledIncarnationArrivesAtItsSubmitAndLivesWhileItRan() {
        List<VmRequest> requests = Fixtures.drain(
            TraceReaders.openGoogle(path("google/tasks.csv"), path("google/jobs.csv"), OPTIONS));

        assertEquals(5, requests.size());
        // job 100 task 0: submitted and scheduled "before the trace" (time 0), finished at 800 s
        assertRequest(requests.get(0), 0, 800, 16, 32_768);
        // job 100 task 1: scheduled at 600 s, evicted at 1000 s
        assertRequest(requests.get(1), 0, 400, 8, 16_384);
        // job 200 task 0: still running at the end of the file; its user comes from job_events
        assertRequest(requests.get(2), 700, INF, 32, 8_192);
        // job 100 task 1 resubmitted after the eviction, never ends in the file
        assertRequest(requests.get(3), 1000, INF, 8, 16_384);
        // job 400 task 0: finish at 2^63-1 (after the trace); UPDATE_RUNNING did not resize it
        assertRequest(requests.get(4), 1500, INF, 2, 2_048);
    }

    @Test
    void reportAccountsForEveryTaskNotReplayed() {
        try (var source = TraceReaders.open(TraceFormat.GOOGLE_2011_TASK_EVENTS, path("google/tasks.csv"), OPTIONS)) {
            TraceReport report = source.report();
            assertEquals(24, report.rowsRead());
            assertEquals(5, report.produced());
            assertEquals(Map.of(
                "ended before being scheduled", 1L,
                "from an earlier shard, with no CPU or memory request in its events here", 1L,
                "still pending at the end of the file", 1L), report.skipped());
            assertEquals(3, report.malformed().count());
            List<String> examples = report.malformed().examples();
            assertTrue(examples.get(0).startsWith("line 21: 700/0: no CPU or memory request in its events (cpu NaN, memory NaN)"), examples.toString());
            assertTrue(examples.get(1).startsWith("line 22: a number in column time, found 'abc'"), examples.toString());
            assertEquals("line 23: event_type must be 0..8, found 9", examples.get(2));
        }
    }

    @Test
    void ownersComeFromTaskRowsOrJobEventsAndMapToOperators() {
        var mapping = Fixtures.MAPPING.withOwners(Map.of("userB", new OwnerPlacement("opB", "Hangzhou")));
        List<VmRequest> requests = Fixtures.drain(TraceReaders.openGoogle(path("google/tasks.csv"),
            path("google/jobs.csv"), OPTIONS.withMapping(mapping)));

        assertEquals("opB", requests.get(2).operator());
        assertEquals("Hangzhou", requests.get(2).origin());
        assertEquals("opA", requests.get(0).operator());
    }

    @Test
    void aFileInAnotherFormatFailsAtItsFirstLine() {
        var e = assertThrows(TraceFormatException.class, () -> TraceReaders.open(
            TraceFormat.GOOGLE_2011_TASK_EVENTS, path("alibaba2017/tasks_noheader.csv"), OPTIONS));
        assertTrue(e.getMessage().endsWith("tasks_noheader.csv, line 1: expected 13 columns of Google 2011 task_events, found 8"),
            e.getMessage());
    }

    private static void assertRequest(VmRequest r, double arrival, double lifetime, int cores, long mib) {
        assertEquals(arrival, r.arrival(), 1e-9, r.toString());
        assertEquals(lifetime, r.lifetime(), 1e-9, r.toString());
        assertEquals(cores, r.cores(), r.toString());
        assertEquals(mib, r.memoryMib(), r.toString());
    }

    @Nested
    class GoogleTaskEventsContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.GOOGLE_2011_TASK_EVENTS;
        }

        @Override
        String fixture() {
            return "google/tasks.csv";
        }
    }
}
