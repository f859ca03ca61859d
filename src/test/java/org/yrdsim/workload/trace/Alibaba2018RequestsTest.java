package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;

class Alibaba2018RequestsTest {
    @Test
    void batchTasksThatRanGiveTheirInstancesAllAtOnce() {
        try (var source = TraceReaders.open(TraceFormat.ALIBABA_2018_BATCH_TASK, path("alibaba2018/tasks.csv"), OPTIONS)) {
            List<VmRequest> requests = Fixtures.drain(source);
            assertEquals(13, requests.size());
            assertEquals(100, requests.get(0).arrival());
            assertEquals(100, requests.get(0).lifetime());
            assertEquals(0.5, requests.get(0).cores());          // plan_cpu 50, half a core
            assertEquals(256, requests.get(0).memoryMib());       // 0.39 % of 64 GiB, rounded up
            assertEquals(150, requests.get(2).arrival());
            assertEquals(300, requests.get(2).lifetime());
            assertEquals(2, requests.get(2).cores());
            assertEquals(200, requests.get(12).arrival());
            assertEquals(60, requests.get(12).lifetime());

            TraceReport report = source.report();
            assertEquals(Map.of("status Running", 1L, "status Waiting", 1L), report.skipped());
            assertEquals(1, report.malformed().count());
            assertEquals("line 5: plan_cpu must be > 0 and plan_mem in (0, 100], found 50.0 and 101.0",
                report.malformed().examples().get(0));
        }
    }

    @Test
    void batchInstancesAreSizedByTheirPeakAndBusyByTheirAverage() {
        try (var source = TraceReaders.open(TraceFormat.ALIBABA_2018_BATCH_INSTANCE, path("alibaba2018/batch_instance.csv"), OPTIONS)) {
            List<VmRequest> requests = Fixtures.drain(source);
            assertEquals(3, requests.size());
            assertEquals(0.9, requests.get(0).cores());          // cpu_max 90
            assertEquals(40.0 / 90, requests.get(0).cpuUsage().at(0), 1e-12);
            assertEquals(60, requests.get(0).lifetime());
            assertEquals(2.5, requests.get(1).cores());
            assertEquals(130.0 / 250, requests.get(1).cpuUsage().at(0), 1e-12);
            assertEquals(1, requests.get(2).lifetime());
            assertEquals(1, source.report().skipped("status Running"));
            assertEquals(List.of("line 4: cpu_avg is empty"), source.report().malformed().examples());
        }
    }

    @Test
    void containersArriveAtTheirFirstRowAndLiveToTheEnd() {
        try (var source = TraceReaders.open(TraceFormat.ALIBABA_2018_CONTAINER_META, path("alibaba2018/container_meta.csv"), OPTIONS)) {
            List<VmRequest> requests = Fixtures.drain(source);
            assertEquals(2, requests.size());
            assertEquals(0, requests.get(0).arrival());
            assertEquals(Double.POSITIVE_INFINITY, requests.get(0).lifetime());
            assertEquals(4, requests.get(0).cores());
            assertEquals(1023, requests.get(0).memoryMib());      // 1.56 % of 64 GiB, rounded up
            assertEquals(100, requests.get(1).arrival());
            assertEquals(8, requests.get(1).cores());
            assertEquals(1, source.report().skipped("later row of a container already seen"));
            assertEquals(1, source.report().malformed().count());
        }
    }

    @Test
    void aFileInAnotherFormatFails() {
        assertThrows(TraceFormatException.class, () -> TraceReaders.open(
            TraceFormat.ALIBABA_2018_BATCH_INSTANCE, path("alibaba2018/tasks.csv"), OPTIONS));
    }

    @Nested
    class Alibaba2018BatchTaskContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2018_BATCH_TASK;
        }

        @Override
        String fixture() {
            return "alibaba2018/tasks.csv";
        }
    }

    @Nested
    class Alibaba2018BatchInstanceContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2018_BATCH_INSTANCE;
        }

        @Override
        String fixture() {
            return "alibaba2018/batch_instance.csv";
        }
    }

    @Nested
    class Alibaba2018ContainerMetaContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2018_CONTAINER_META;
        }

        @Override
        String fixture() {
            return "alibaba2018/container_meta.csv";
        }
    }
}
