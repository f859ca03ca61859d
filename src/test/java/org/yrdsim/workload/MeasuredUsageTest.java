package org.yrdsim.workload;

import org.junit.jupiter.api.Test;
import org.yrdsim.engine.Workloads;
import org.yrdsim.TestScenarios;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioException;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.workload.trace.TraceReaders;
import org.yrdsim.workload.trace.UsageLibrary;
import org.yrdsim.workload.trace.UsageSeries;

import java.nio.file.Path;
import java.util.HashSet;
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
