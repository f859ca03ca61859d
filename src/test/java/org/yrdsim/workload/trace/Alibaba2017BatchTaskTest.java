package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.Parallelism;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.workload.VmRequest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;
import static org.yrdsim.workload.trace.Fixtures.read;

class Alibaba2017BatchTaskTest {
    private static final TraceFormat FORMAT = TraceFormat.ALIBABA_2017_BATCH_TASK;

    @Test
    void tasksThatRanBecomeOneRequestPerInstanceInArrivalOrder() {
        List<VmRequest> requests = read(FORMAT, "alibaba2017/tasks.csv", OPTIONS);

        assertEquals(10, requests.size());
        // task 2/3 was created at -50 s and is carried in at the window start with 150 s left
        assertRequests(requests.subList(0, 2), 0, 150, 1, 16_384);
        assertRequests(requests.subList(2, 3), 100, 300, 1.5, 32_768);
        assertRequests(requests.subList(3, 6), 200, 300, 0.5, 656);
        assertRequests(requests.subList(6, 10), 1000, 600, 2, 8_192);
        for (int i = 0; i < requests.size(); i++) {
            assertEquals(i, requests.get(i).id());
            assertEquals("opA", requests.get(i).operator());
            assertEquals("Shanghai", requests.get(i).origin());
            assertEquals("trace", requests.get(i).stream());
        }
    }

    /** plan_cpu 5 is 0.05 core; 0.5 is 5 milli-cores; 0.04 would be 0.4 milli-cores and gets the smallest size, 1. */
    @Test
    void sizesAreExactMilliCoresNotRoundedUpToWholeCores() {
        List<VmRequest> requests = read(FORMAT, "alibaba2017/fractional.csv", OPTIONS);

        assertEquals(List.of(50, 500, 5, 1, 1_250), requests.stream().map(VmRequest::milliCores).toList());
        assertEquals(0.05, requests.get(0).cores());
        assertEquals(1.25, requests.get(4).cores());
    }

    @Test
    void reportCountsEveryRowNotTurnedIntoRequests() {
        try (TraceRequestSource source = TraceReaders.open(FORMAT, path("alibaba2017/tasks.csv"), OPTIONS)) {
            TraceReport report = source.report();
            assertEquals(11, report.rowsRead());
            assertEquals(10, report.produced());
            assertEquals(1, report.skipped("status Waiting"));
            assertEquals(1, report.skipped("status Running"));
            assertEquals(1, report.skipped("zero lifetime"));
            assertEquals(1, report.skipped("ends before the window start"));
            assertEquals(3, report.malformed().count());
            List<String> examples = report.malformed().examples();
            assertTrue(examples.get(0).startsWith("line 7: task_end_time 500 is before"), examples.toString());
            assertEquals("line 8: plan_cpu is empty", examples.get(1));
            assertTrue(examples.get(2).startsWith("line 10: 8 columns"), examples.toString());
        }
    }

    @Test
    void headerLineIsOptional() {
        List<VmRequest> requests = read(FORMAT, "alibaba2017/tasks_noheader.csv", OPTIONS);

        assertEquals(3, requests.size());
        assertEquals(5, requests.get(0).arrival());
        assertEquals(20, requests.get(0).lifetime());
        assertEquals(10, requests.get(1).arrival());
    }

    @Test
    void fixedParallelismRunsInstancesInEqualWavesOverTheSpan() {
        var options = OPTIONS.withMapping(Fixtures.MAPPING.withParallelism(Parallelism.parse("fixed:2")));
        List<VmRequest> requests = read(FORMAT, "alibaba2017/tasks.csv", options);

        assertEquals(10, requests.size());
        // task 1/1: 3 instances over [200, 500) -> 2 over [200, 350), 1 over [350, 500)
        assertRequests(requests.subList(3, 5), 200, 150, 0.5, 656);
        assertRequests(requests.subList(5, 6), 350, 150, 0.5, 656);
        // task 5/11: 4 instances over [1000, 1600) -> 2 over [1000, 1300), 2 over [1300, 1600)
        assertRequests(requests.subList(6, 8), 1000, 300, 2, 8_192);
        assertRequests(requests.subList(8, 10), 1300, 300, 2, 8_192);
    }

    @Test
    void windowShiftAndSpeedUpPlaceTheTraceOnTheSimulationClock() {
        var options = OPTIONS.withWindow(100, 1000).withTimeShift(10).withSpeedUp(2);
        List<VmRequest> requests = read(FORMAT, "alibaba2017/tasks.csv", options);

        assertEquals(6, requests.size());
        // equal arrivals keep file order: task 1/2 (line 3) before task 2/3 (line 4)
        assertRequests(requests.subList(0, 1), 10, 150, 1.5, 32_768);
        assertRequests(requests.subList(1, 3), 10, 25, 1, 16_384);    // carried in: 50 s left at 100 s
        assertRequests(requests.subList(3, 6), 60, 150, 0.5, 656);
    }

    @Test
    void aFileInAnotherFormatFailsNamingFileLineAndExpectation() {
        // line 1 of the SWF file passes for a header; line 2 is the first data row
        var e = assertThrows(TraceFormatException.class,
            () -> TraceReaders.open(FORMAT, path("swf/small-jobs.txt"), OPTIONS));
        assertTrue(e.getMessage().contains("small-jobs.txt, line 2: expected 8 columns of Alibaba 2017 batch_task, found 1"),
            e.getMessage());
    }

    @Test
    void aMissingFileIsReportedByPath() {
        var e = assertThrows(TraceException.class,
            () -> TraceReaders.open(FORMAT, path("alibaba2017/no_such_file.csv"), OPTIONS));
        assertTrue(e.getMessage().contains("trace file not found") && e.getMessage().contains("no_such_file.csv"),
            e.getMessage());
    }

    private static void assertRequests(List<VmRequest> requests, double arrival, double lifetime, double cores, long mib) {
        for (VmRequest r : requests) {
            assertEquals(arrival, r.arrival(), 1e-9, r.toString());
            assertEquals(lifetime, r.lifetime(), 1e-9, r.toString());
            assertEquals(cores, r.cores(), r.toString());
            assertEquals(mib, r.memoryMib(), r.toString());
        }
    }

    @Nested
    class Alibaba2017BatchTaskContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2017_BATCH_TASK;
        }

        @Override
        String fixture() {
            return "alibaba2017/tasks.csv";
        }
    }
}
