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
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;

class AzureVmTableTest {
    @Test
    void version1RowsGiveExactSizesAndAverageUsage() {
        try (var source = TraceReaders.open(TraceFormat.AZURE_VMTABLE_V1, path("azure/vmtable_v1.csv"), OPTIONS)) {
            List<VmRequest> requests = Fixtures.drain(source);
            assertEquals(2, requests.size());
            VmRequest a = requests.get(0);
            assertEquals(0, a.arrival());
            assertEquals(3600, a.lifetime());
            assertEquals(2, a.cores());
            assertEquals(3584, a.memoryMib());            // 3.5 GB
            assertEquals(0.25, a.cpuUsage().at(1234));
            VmRequest c = requests.get(1);
            assertEquals(600, c.arrival());
            assertEquals(1800, c.lifetime());
            assertEquals(4, c.cores());
            assertEquals(7 * 1024, c.memoryMib());

            TraceReport report = source.report();
            assertEquals(Map.of("zero lifetime", 1L), report.skipped());
            assertEquals(List.of("line 4: vmdeleted 600 is before vmcreated 900", "line 5: avgcpu is empty"),
                report.malformed().examples());
        }
    }

    @Test
    void version2BucketsTakeTheirTopAndOpenEndedBucketsAreSkipped() {
        var mapping = Fixtures.MAPPING.withOwners(Map.of("subB", new OwnerPlacement("opB", "Nanjing")));
        try (var source = TraceReaders.open(TraceFormat.AZURE_VMTABLE_V2, path("azure/vmtable_v2.csv"),
            OPTIONS.withMapping(mapping))) {
            List<VmRequest> requests = Fixtures.drain(source);
            assertEquals(3, requests.size());
            assertEquals(24, requests.get(1).cores());
            assertEquals(64 * 1024, requests.get(1).memoryMib());
            assertEquals("opA", requests.get(0).operator());
            assertEquals("opB", requests.get(1).operator());
            assertEquals("Nanjing", requests.get(2).origin());
            assertEquals(1, source.report().skipped("open-ended size bucket"));
        }
    }

    @Test
    void aFileInAnotherFormatFails() {
        assertThrows(TraceFormatException.class,
            () -> TraceReaders.open(TraceFormat.AZURE_VMTABLE_V2, path("google/tasks.csv"), OPTIONS));
    }

    @Nested
    class Azure2017Contract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.AZURE_VMTABLE_V1;
        }

        @Override
        String fixture() {
            return "azure/vmtable_v1.csv";
        }
    }

    @Nested
    class Azure2019Contract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.AZURE_VMTABLE_V2;
        }

        @Override
        String fixture() {
            return "azure/vmtable_v2.csv";
        }
    }
}
