package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;

class SwfTest {
    @Test
    void jobsWithKnownRunTimeAndProcessorsBecomeRequests() {
        List<VmRequest> requests = Fixtures.read(TraceFormat.SWF, "swf/small-jobs.txt", OPTIONS);

        assertEquals(3, requests.size());
        VmRequest job1 = requests.get(0);
        assertEquals(0, job1.arrival());
        assertEquals(100, job1.lifetime());
        assertEquals(4, job1.cores());
        assertEquals(8, job1.memoryMib());                 // 2048 KB x 4 processors
        assertEquals(0.5, job1.cpuUsage().at(0));          // 50 s CPU per 100 s run
        VmRequest job3 = requests.get(1);
        assertEquals(20, job3.arrival());
        assertEquals(8, job3.cores());                     // allocated unknown: requested processors
        assertEquals(8, job3.memoryMib());                 // used unknown: requested 1024 KB x 8
        assertEquals(0.5, job3.cpuUsage().at(0));          // no CPU time: the mapping's default
        VmRequest job8 = requests.get(2);
        assertEquals(60, job8.arrival());
        assertEquals(2 * 4096, job8.memoryMib());          // no memory at all: 4 GiB per core
    }

    @Test
    void unknownsAreSkippedOrMalformedAndCounted() {
        try (var source = TraceReaders.open(TraceFormat.SWF, path("swf/small-jobs.txt"), OPTIONS)) {
            TraceReport report = source.report();
            assertEquals(8, report.rowsRead());
            assertEquals(Map.of("unknown run time", 1L, "unknown processor count", 1L, "zero lifetime", 1L),
                report.skipped());
            assertEquals(List.of("line 9: submit time is unknown (-1)",
                    "line 11: 18 columns of the Standard Workload Format, found 13"),
                report.malformed().examples());
        }
    }

    @Test
    void aFileInAnotherFormatFails() {
        var e = assertThrows(TraceFormatException.class,
            () -> TraceReaders.open(TraceFormat.SWF, path("alibaba2017/tasks_noheader.csv"), OPTIONS));
        assertTrue(e.getMessage().contains("line 1: expected 18 columns of the Standard Workload Format, found 1"),
            e.getMessage());
    }

    @Nested
    class SwfContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.SWF;
        }

        @Override
        String fixture() {
            return "swf/small-jobs.txt";
        }
    }
}
