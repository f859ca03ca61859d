package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdsim.scenario.trace.TraceFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdsim.workload.trace.Fixtures.path;

class MachineReadersTest {
    private static final long MIB = 100_000;

    @Test
    void serverEventsGiveEachAddedMachineOnce() {
        try (MachineReader reader = TraceReaders.openMachines(TraceFormat.ALIBABA_2017_SERVER_EVENT,
            path("alibaba2017/server_event.csv"), MIB)) {
            List<Machine> machines = drain(reader);
            assertEquals(List.of(new Machine("1", 64, 69_000), new Machine("2", 64, 69_000), new Machine("3", 32, 50_000)),
                machines);
            assertEquals(Map.of("event softerror", 1L, "event harderror", 1L, "machine added again", 1L),
                reader.report().skipped());
            assertEquals(List.of("line 5: cpus is empty"), reader.report().malformed().examples());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"machines.csv", "machines.tar.gz", "machines_pax.tar"})
    void machineMetaIsReadPlainOrFromATarWithOneCsv(String file) {
        try (MachineReader reader = TraceReaders.openMachines(TraceFormat.ALIBABA_2018_MACHINE_META,
            path("alibaba2018/" + file), MIB)) {
            assertEquals(List.of(new Machine("m_1", 96, 100_000), new Machine("m_2", 96, 50_000)), drain(reader));
            assertEquals(4, reader.report().rowsRead());
            assertEquals(1, reader.report().skipped("later row of a machine already seen"));
            assertEquals(List.of("line 4: cpu_num is empty"), reader.report().malformed().examples());
        }
    }

    @Test
    void aFileInAnotherFormatFailsWhenOpened() {
        var e = assertThrows(TraceFormatException.class, () -> TraceReaders.openMachines(
            TraceFormat.ALIBABA_2017_SERVER_EVENT, path("alibaba2018/machines.csv"), MIB));
        assertTrue(e.getMessage().endsWith("machines.csv, line 1: expected a number in column timestamp, found 'm_1'"),
            e.getMessage());
    }

    @Test
    void askingARequestFormatForMachinesIsAnError() {
        var e = assertThrows(IllegalArgumentException.class,
            () -> TraceReaders.openMachines(TraceFormat.SWF, path("swf/small-jobs.txt"), MIB));
        assertEquals("trace format swf yields requests, not machines", e.getMessage());
    }

    private static List<Machine> drain(MachineReader reader) {
        var machines = new ArrayList<Machine>();
        reader.forEachRemaining(machines::add);
        return machines;
    }

    @Nested
    class Alibaba2017ServerEventContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2017_SERVER_EVENT;
        }

        @Override
        String fixture() {
            return "alibaba2017/server_event.csv";
        }
    }

    @Nested
    class Alibaba2018MachineMetaContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2018_MACHINE_META;
        }

        @Override
        String fixture() {
            return "alibaba2018/machines.csv";
        }
    }
}
