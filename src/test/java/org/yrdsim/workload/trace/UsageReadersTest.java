package org.yrdsim.workload.trace;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.TraceFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdsim.workload.trace.Fixtures.path;

class UsageReadersTest {
    @Test
    void planetLabGivesOneSeriesPerFileAndLeavesOutFilesWithBadLines() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.PLANETLAB, path("planetlab"));

        assertEquals(List.of("vm a", "vm_b"), library.series().stream().map(UsageSeries::name).toList());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, shares(library.series().get(0)), 1e-6);
        assertEquals(List.of("vm_c line 2: not an integer percentage in 0..100: 'abc'; file left out"),
            library.report().malformed().examples());
    }

    @Test
    void aSeriesHoldsEachSampleForItsStepAndRepeatsPastItsEnd() {
        UsageSeries series = new UsageSeries("s", 0, 300, new float[] {0.1f, 0.2f, 0.3f, 0.4f});

        assertEquals(0.1f, series.at(0));
        assertEquals(0.1f, series.at(299.9));
        assertEquals(0.2f, series.at(300));
        assertEquals(0.4f, series.at(1199));
        assertEquals(0.1f, series.at(1200));                 // one period later: the start again
        assertEquals(0.3f, series.at(1200 + 700));
        assertEquals(0.3f, series.startingAt(600).at(0));     // entered 600 s in: the third sample
        assertEquals(1200, series.period());
    }

    @Test
    void aDirectoryThatIsNotPlanetLabFails() {
        var e = assertThrows(TraceFormatException.class,
            () -> TraceReaders.readUsage(TraceFormat.PLANETLAB, path("planetlab-not")));
        assertTrue(e.getMessage().endsWith("notes.txt, line 1: expected an integer CPU percentage (PlanetLab), found 'hello'"),
            e.getMessage());
    }

    @Test
    void bitbrainsAveragesIntoFiveMinuteStepsFromTheFirstTimestamp() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.BITBRAINS, path("bitbrains"));

        assertEquals(2, library.size());
        UsageSeries first = library.series().get(0);
        assertEquals("1.csv", first.name());
        assertEquals(1_300_000_000, first.startTime());
        // rows at +0, +300, +600, (+700 malformed), +1200: the step at +900 is empty and holds 0.3
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.3, 0.4}, shares(first), 1e-6);
        assertArrayEquals(new double[] {0.5, 0.7}, shares(library.series().get(1)), 1e-6);
        assertEquals(1, library.report().skipped("empty step filled with the previous value"));
        assertEquals(List.of("1.csv line 5: CPU usage [%] outside 0..100: 150.0"), library.report().malformed().examples());
    }

    @Test
    void aBitbrainsFileWithoutItsHeaderFails() {
        var e = assertThrows(TraceFormatException.class,
            () -> TraceReaders.readUsage(TraceFormat.BITBRAINS, path("swf/small-jobs.txt")));
        assertTrue(e.getMessage().contains("line 1: expected the Bitbrains header"), e.getMessage());
    }

    @Test
    void alibabaMachineUsageGivesOneSeriesPerMachineFromUnsortedRows() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.ALIBABA_2018_MACHINE_USAGE,
            path("alibaba2018/usage.csv"));

        assertEquals(List.of("m_1", "m_2"), library.series().stream().map(UsageSeries::name).toList());
        assertArrayEquals(new double[] {0.2, 0.2, 0.5}, shares(library.series().get(0)), 1e-6);
        assertEquals(600, library.series().get(1).startTime());
        assertArrayEquals(new double[] {0.3}, shares(library.series().get(1)), 1e-6);
        assertEquals(3, library.report().malformed().count());
        assertEquals(1, library.report().skipped("empty step filled with the previous value"));
    }

    @Test
    void aLibraryPicksDeterministicallyWithTheCallersGenerator() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.PLANETLAB, path("planetlab"));

        var a = new Well19937c(42);
        var b = new Well19937c(42);
        for (int i = 0; i < 20; i++) {
            assertEquals(library.pick(a).name(), library.pick(b).name());
        }
    }

    private static double[] shares(UsageSeries series) {
        double[] values = new double[series.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = series.share(i);
        }
        return values;
    }

    @Nested
    class PlanetLabContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.PLANETLAB;
        }

        @Override
        String fixture() {
            return "planetlab/vm_b";
        }

        /** PlanetLab is read as a folder of one file per VM; another VM keeps it non-empty when this file is left out. */
        @Override
        Path asRead(Path file) throws IOException {
            Path folder = Files.createTempDirectory(dir, "vms");
            Files.copy(file, folder.resolve(file.getFileName()));
            Files.copy(Fixtures.path("planetlab/vm a"), folder.resolve("vm a"));
            return folder;
        }
    }

    @Nested
    class BitbrainsContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.BITBRAINS;
        }

        @Override
        String fixture() {
            return "bitbrains/1.csv";
        }
    }

    @Nested
    class Alibaba2018MachineUsageContract extends TraceFormatContract {
        @Override
        TraceFormat format() {
            return TraceFormat.ALIBABA_2018_MACHINE_USAGE;
        }

        @Override
        String fixture() {
            return "alibaba2018/usage.csv";
        }
    }
}
