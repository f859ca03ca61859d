package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.workload.VmRequest;
import org.yrdsim.workload.fit.WorkloadFit;
import org.yrdsim.workload.fit.WorkloadFitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readers on the real trace samples in {@code ../shared/traces} (see its README for the
 * figures checked here). Skipped where that folder is absent, as in a fresh clone.
 */
class RealTracesTest {
    private static final Path SHARED = Path.of("..", "shared", "traces");
    private static final TraceOptions OPTIONS = Fixtures.OPTIONS;

    @Test
    void googleShardStreamsEverySubmittedTask() throws IOException {
        Path events = real("google-2011/task_events/part-00000-of-00500.csv.gz");
        long started = System.nanoTime();
        var arrivals = new Span();
        long requests = 0;
        TraceReport report;
        try (var source = TraceReaders.openGoogle(events, real("google-2011/job_events/part-00000-of-00500.csv.gz"), OPTIONS)) {
            while (source.hasNext()) {
                arrivals.add(source.next().arrival());
                requests++;
            }
            report = source.report();
        }
        printTiming("Google task_events shard", started, report);

        assertEquals(450_146, report.rowsRead());
        assertEquals(requests, report.produced());
        // every SUBMIT became a request or is accounted for by a rule or as malformed
        long submits = countRaw(events, line -> line.split(",", -1)[5].equals("0"));
        assertEquals(201_491, submits);
        assertEquals(submits, requests + report.skipped("ended before being scheduled")
            + report.skipped("still pending at the end of the file") + report.skipped("resubmitted without an ending event")
            + report.malformed().count() + report.skipped("no CPU or memory request in any of its events"));
        assertEquals(0, arrivals.min);
        assertTrue(arrivals.max <= 5_611, "last arrival " + arrivals.max);
        assertEquals(190_926, distinctRaw(events, line -> {
            String[] f = line.split(",", 5);
            return f[2] + "/" + f[3];
        }));
    }

    @Test
    void googleShardCanBeCalibrated() {
        Path events = real("google-2011/task_events/part-00000-of-00500.csv.gz");
        try (var source = TraceReaders.open(TraceFormat.GOOGLE_2011_TASK_EVENTS, events, OPTIONS)) {
            WorkloadFit fit = WorkloadFitter.fit(source, 5, 1);
            System.out.println("Google shard fit: " + fit);
            assertEquals(189_994, fit.requests());
        }
    }

    @Test
    void cloudSimPlusGoogleSampleParses() {
        var source = TraceReaders.open(TraceFormat.GOOGLE_2011_TASK_EVENTS,
            real("cloudsimplus-google-samples/task-events-sample-1.csv"), OPTIONS);
        List<VmRequest> requests = Fixtures.drain(source);
        assertTrue(requests.size() > 0);
        assertEquals(0, source.report().malformed().count(), source.report().toString());
    }

    @Test
    void alibaba2017BatchTaskCoversTheWholeTable() {
        Path file = real("alibaba-v2017/batch_task.csv.gz");
        long started = System.nanoTime();
        var arrivals = new Span();
        TraceReport report;
        // window from the earliest create time so no task is carried in or left out
        try (var source = TraceReaders.open(TraceFormat.ALIBABA_2017_BATCH_TASK, file, OPTIONS.withWindow(-1078, Double.POSITIVE_INFINITY))) {
            source.forEachRemaining(r -> arrivals.add(r.arrival()));
            report = source.report();
        }
        printTiming("Alibaba 2017 batch_task", started, report);

        assertEquals(80_553, report.rowsRead());
        assertEquals(8_847, report.skipped("status Waiting"));
        assertEquals(3_567, report.skipped("status Running"));
        assertEquals(0, arrivals.min);
        assertEquals(60_181 + 1_078, arrivals.max);
    }

    @Test
    void alibaba2017PeakRequestedCoresMatchesAnIndependentSweepOfTheFile() throws IOException {
        Path file = real("alibaba-v2017/batch_task.csv.gz");
        List<double[]> fromReader = new ArrayList<>();
        try (var source = TraceReaders.open(TraceFormat.ALIBABA_2017_BATCH_TASK, file, OPTIONS.withWindow(-1078, Double.POSITIVE_INFINITY))) {
            source.forEachRemaining(r -> {
                fromReader.add(new double[] {r.arrival() - 1078, r.milliCores()});
                fromReader.add(new double[] {r.departure() - 1078, -r.milliCores()});
            });
        }
        double[] readerPeak = CoreSweep.peak(fromReader);

        double[] rawPeak = CoreSweep.peak(CoreSweep.rawAlibaba2017Changes(file));
        System.out.printf("Alibaba 2017 peak requested cores: %.3f at t = %.0f s%n", rawPeak[0] / 1000, rawPeak[1]);

        assertEquals(rawPeak[0], readerPeak[0]);
        assertEquals(rawPeak[1], readerPeak[1]);
        assertEquals(398_179.5, readerPeak[0] / 1000, "plan_cpu / 100 per instance, exactly, not rounded up");
        assertEquals(51_755, readerPeak[1]);
    }

    @Test
    void alibaba2017ServerEventsList1313MachinesOf64Cores() {
        try (MachineReader machines = TraceReaders.openMachines(TraceFormat.ALIBABA_2017_SERVER_EVENT,
            real("alibaba-v2017/server_event.csv.gz"), 262_144)) {
            Set<String> ids = new HashSet<>();
            machines.forEachRemaining(m -> {
                assertEquals(64, m.cores());
                ids.add(m.id());
            });
            assertEquals(1_313, ids.size());
            assertEquals(1_352, machines.report().rowsRead());
            assertEquals(39, machines.report().skipped("event softerror"));
            assertEquals(0, machines.report().malformed().count());
        }
    }

    @Test
    void alibaba2018MachineMetaTarGzLists4034MachinesOf96Cores() {
        try (MachineReader machines = TraceReaders.openMachines(TraceFormat.ALIBABA_2018_MACHINE_META,
            real("alibaba-v2018/machine_meta.tar.gz"), 262_144)) {
            Set<String> ids = new HashSet<>();
            machines.forEachRemaining(m -> {
                assertEquals(96, m.cores());
                ids.add(m.id());
            });
            assertEquals(4_034, ids.size());
            assertEquals(17_592, machines.report().rowsRead());
            assertEquals(0, machines.report().malformed().count());
        }
    }

    @Test
    void alibaba2018MachineUsageHeadGives16Machines() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.ALIBABA_2018_MACHINE_USAGE,
            real("alibaba-v2018/machine_usage_head100k.csv.gz"));
        assertEquals(100_002, library.report().rowsRead());
        assertEquals(16, library.size());
        assertEquals("m_1932", library.series().get(0).name());
        assertEquals("m_1947", library.series().get(15).name());
        System.out.println("Alibaba 2018 machine_usage head: " + library.series().get(0) + "; " + library.report());
    }

    @Test
    void planetLabHas1052FilesOf288Samples() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.PLANETLAB, real("planetlab/20110303"));
        assertEquals(1_052, library.size());
        double sum = 0;
        long zeros = 0;
        for (UsageSeries series : library.series()) {
            assertEquals(288, series.length(), series.name());
            for (int i = 0; i < series.length(); i++) {
                sum += series.share(i);
                zeros += series.share(i) == 0 ? 1 : 0;
            }
        }
        assertEquals(0.123, sum / (1_052 * 288), 0.0005);
        assertEquals(0.15, (double) zeros / (1_052 * 288), 0.005);
        assertEquals(50, library.series().stream().filter(s -> s.name().contains(" ")).count());
    }

    @Test
    void bitbrainsHasFiveVmsOverThirtyDays() {
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.BITBRAINS, real("bitbrains-rnd-2013-7"));
        assertEquals(5, library.size());
        for (UsageSeries series : library.series()) {
            assertEquals(1_372_629_804, series.startTime(), series.name());
            assertEquals(30 * 86_400, series.period(), 86_400, series.name());
        }
        assertEquals(0, library.report().malformed().count(), library.report().toString());
    }

    @Test
    void swfLogsGiveOneRequestPerJobWithARunTime() {
        TraceReport nasa = readAll(real("swf/NASA-iPSC-1993-3.1-cln.swf.gz"));
        assertEquals(18_239, nasa.rowsRead());
        assertEquals(18_239 - 173, nasa.produced());
        assertEquals(173, nasa.skipped("zero lifetime"));

        TraceReport lcg = readAll(real("swf/LCG-2005-1.swf.gz"));
        assertEquals(188_041, lcg.rowsRead());
        assertEquals(188_041 - 521, lcg.produced());
    }

    private static TraceReport readAll(Path file) {
        try (var source = TraceReaders.open(TraceFormat.SWF, file, OPTIONS)) {
            source.forEachRemaining(r -> { });
            return source.report();
        }
    }

    private static Path real(String relative) {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/traces absent: skipping the real-trace checks");
        Path path = SHARED.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), path + " absent: skipping");
        return path;
    }

    private static void printTiming(String what, long startedNanos, TraceReport report) {
        System.out.printf("%s: streamed in %.2f s (%s)%n", what, (System.nanoTime() - startedNanos) / 1e9, report);
    }

    private static long countRaw(Path file, java.util.function.Predicate<String> match) throws IOException {
        return Fixtures.lines(file).stream().filter(match).count();
    }

    private static long distinctRaw(Path file, java.util.function.Function<String, String> key) throws IOException {
        return Fixtures.lines(file).stream().map(key).distinct().count();
    }

    private static final class Span {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double value) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }
}
