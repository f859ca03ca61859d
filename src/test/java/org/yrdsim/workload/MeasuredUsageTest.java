package org.yrdsim.workload;

import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.engine.Workloads;
import org.yrdsim.report.TraceAccounts;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioException;
import org.yrdsim.scenario.trace.TraceClock;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceProvenance;
import org.yrdsim.workload.trace.TraceReaders;
import org.yrdsim.workload.trace.UsageLibrary;
import org.yrdsim.workload.trace.UsageSeries;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic streams whose VMs follow CPU series measured on real machines (here the PlanetLab fixtures). */
class MeasuredUsageTest {
    private static final String SCENARIO = """
        name: measured
        simulation: {duration: 1d, sampleInterval: 1h, seed: 4}
        cities: [{name: c, latitude: 31, longitude: 121}]
        sites: [{name: s, latitude: 31, longitude: 121, pue: 1.2, gridCarbon: 0.5 kg/kWh, greenShare: 0, tariff: 1 CNY/kWh}]
        hostTypes:
          - {name: h, cores: 16, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
        operators: [{name: op, datacenters: [{site: s, hosts: {h: 4}}]}]
        workloads:
          - name: w
            operator: op
            origin: c
            arrivals: {rate: 30/h}
            flavours: [{cores: 2, memory: 4 GiB, weight: 1}]
            lifetime: {distribution: exponential, mean: 2h}
            cpuUsage: {fromTrace: {format: %s, path: %s}}
        placement: {hostPolicy: best-fit}
        """;

    @Test
    void eachVmFollowsOneOfTheMeasuredSeries() {
        Scenario scenario = TestScenarios.parse(SCENARIO.formatted("planetlab", "src/test/resources/traces/planetlab"));
        UsageLibrary library = TraceReaders.readUsage(TraceFormat.PLANETLAB, Path.of("src/test/resources/traces/planetlab"));
        Set<String> used = new HashSet<>();
        int requests = 0;
        try (RequestSource source = Workloads.open(scenario, 4)) {
            while (source.hasNext()) {
                VmRequest r = source.next();
                UsageSeries series = (UsageSeries) r.cpuUsage();
                UsageSeries measured = library.series().stream().filter(m -> m.name().equals(series.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("not from the library: " + series));
                for (double t = 0; t < 86400; t += 1234) {
                    assertEquals(measured.at(t), series.at(t), "series " + series.name() + " at " + t);
                }
                // the series keeps its own time of day: at 13:00 it gives its sample for 13:00
                assertEquals(series.share((int) (13 * 3600 / series.step()) % series.length()), r.cpuUsage().at(13 * 3600));
                used.add(series.name());
                requests++;
            }
        }
        assertTrue(requests > 500, "about 720 requests expected, got " + requests);
        assertEquals(library.size(), used.size(), "every series should be drawn at some point: " + used);
    }

    /** vm_c's second line is not a percentage: the file is left out, and the run says so with the line. */
    @Test
    void theRunAccountsForTheUsageTraceItRead() {
        Scenario scenario = TestScenarios.parse(SCENARIO.formatted("planetlab", "src/test/resources/traces/planetlab"));
        List<TraceProvenance> traces = SimulationRun.run(scenario).traces();

        assertEquals(1, traces.size(), traces.toString());
        TraceProvenance usage = traces.get(0);
        assertEquals(TraceProvenance.Use.CPU_USAGE, usage.use());
        assertEquals("w", usage.stream());
        // vm a: 4 rows, vm_b: 3, vm_c: 2 (read up to its bad line)
        assertEquals(9, usage.rowsRead());
        assertEquals(2, usage.produced());
        assertEquals(List.of("vm_c line 2: not an integer percentage in 0..100: 'abc'; file left out"), usage.firstMalformed());
        assertEquals("CPU usage of w (planetlab, planetlab): 9 rows read, 2 usage series; none skipped; "
            + "1 malformed, left out (vm_c line 2: not an integer percentage in 0..100: 'abc'; file left out)", TraceAccounts.line(usage));
    }

    /**
     * Bitbrains rows carry Unix times: the fixture's first row, 1,300,000,000, is 08:06:40 in
     * Amsterdam (UTC+1 in March 2011) and 07:06:40 UTC, so that is where the series' first sample
     * falls in the simulated day. A trace that counts from an unrecorded start takes traceStart.
     */
    @Test
    void measuredSeriesKeepTheirLocalTimeOfDay() {
        String bitbrains = "src/test/resources/traces/bitbrains/1.csv";
        String planetlab = "src/test/resources/traces/planetlab";
        assertFirstSampleAt(8 * 3600 + 6 * 60 + 40, firstSeries("bitbrains", bitbrains));
        assertFirstSampleAt(7 * 3600 + 6 * 60 + 40, firstSeries("bitbrains", bitbrains + ", timeZone: UTC"));
        assertFirstSampleAt(6 * 3600 + 5 * 60, firstSeries("planetlab", planetlab + ", traceStart: 2011-03-03T06:05Z"));
        assertFirstSampleAt(6 * 3600 + 5 * 60, firstSeries("planetlab", planetlab + ", traceStart: '2011-03-03T14:05[Asia/Shanghai]'"));
        assertFirstSampleAt(0, firstSeries("planetlab", planetlab));
        // the real Rnd set's first row, read in Amsterdam: 00:03:24 on 1 July 2013 (summer time)
        assertEquals(3 * 60 + 24, new TraceClock(Instant.EPOCH, ZoneId.of("Europe/Amsterdam")).secondOfDay(1_372_629_804));

        ScenarioException wrongKey = assertThrows(ScenarioException.class, () -> firstSeries("bitbrains",
            bitbrains + ", traceStart: 2011-03-03T06:00Z"));
        assertEquals("workloads[0].cpuUsage.fromTrace.traceStart", wrongKey.keyPath());
        ScenarioException badStart = assertThrows(ScenarioException.class, () -> firstSeries("planetlab", planetlab + ", traceStart: 6am"));
        assertEquals("workloads[0].cpuUsage.fromTrace.traceStart", badStart.keyPath());
    }

    /** The series the stream's first VM follows. */
    private static UsageSeries firstSeries(String format, String pathAndMore) {
        Scenario scenario = TestScenarios.parse(SCENARIO.formatted(format, pathAndMore));
        try (RequestSource source = Workloads.open(scenario, 4)) {
            return (UsageSeries) source.next().cpuUsage();
        }
    }

    /**
     * Sample k holds from {@code secondOfDay + k step} for one step, and the last sample just before
     * (the fixtures' samples differ from their neighbours, so this pins the phase of the repeating series).
     */
    private static void assertFirstSampleAt(double secondOfDay, UsageSeries series) {
        for (int k = 0; k < series.length(); k++) {
            assertEquals(series.share(k), series.at(secondOfDay + k * series.step() + 1), series + " sample " + k);
        }
        assertEquals(series.share(series.length() - 1), series.at(secondOfDay - 1), series + " before its first sample");
    }

    @Test
    void aUsageTraceMustExistAndBeAUsageFormat() {
        ScenarioException missing = assertThrows(ScenarioException.class,
            () -> TestScenarios.parse(SCENARIO.formatted("planetlab", "no/such/folder")));
        assertEquals("workloads[0].cpuUsage.fromTrace.path", missing.keyPath());
        ScenarioException wrongKind = assertThrows(ScenarioException.class,
            () -> TestScenarios.parse(SCENARIO.formatted("swf", "src/test/resources/traces/swf/small-jobs.txt")));
        assertEquals("workloads[0].cpuUsage.fromTrace.format", wrongKind.keyPath());
        assertTrue(wrongKind.problem().contains("not usage"), wrongKind.getMessage());
    }
}
