package org.yrdsim.engine;

import org.junit.jupiter.api.Test;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.YamlDocument;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays of the hand-written Alibaba 2017 fixtures, whose every request is known (see trace-tiny.yaml). */
class TraceReplayTest {
    private static final Path TRACE_TINY = Path.of("src/test/resources/scenarios/trace-tiny.yaml");

    /**
     * The fixture's tasks that ran and end after the window start: 3 x 0.5 core over [200, 500),
     * 1 x 1.5 cores over [100, 400), 2 x 1 core over [0, 150) (created at -50, carried in), and
     * 4 x 2 cores over [1000, 1600): 10 VMs, at most 8 cores at once (1000 s).
     */
    @Test
    void fixtureReplaysEveryRequestOnTheTracesMachines() {
        RunResult run = SimulationRun.run(ScenarioReader.read(TRACE_TINY));
        assertEquals(8, run.peakRequestedCores());
        ScopeFigures summary = Summary.of(run, List.of()).cluster();
        assertEquals(0L, summary.rejections());
        assertEquals(10L, summary.arrivals(), "the requests carried in at time 0 count too");
        assertEquals(10L, summary.placements());
        assertEquals(3L, summary.hosts());
    }

    @Test
    void aTraceStreamsLatencyLimitKeepsItsRequestsNearTheirOrigin() throws IOException {
        // the one site is at Hangzhou, about 1,100 km from Beijing: no datacenter within 1 ms
        String text = Files.readString(TRACE_TINY).replace("mapping: {operator: ali, origin: hangzhou,",
            "latencyLimit: 1ms\n    mapping: {operator: ali, origin: beijing,");
        RunResult run = SimulationRun.run(parse(text));
        ScopeFigures summary = Summary.of(run, List.of()).cluster();
        assertEquals(0L, summary.placements());
        assertEquals(10L, summary.rejections());
        assertEquals(8, run.peakRequestedCores());
    }

    @Test
    void traceAndSyntheticStreamsAreMergedInArrivalOrder() throws IOException {
        String text = Files.readString(TRACE_TINY).replace("workloads: []", """
            workloads:
              - name: steady
                operator: ali
                origin: hangzhou
                arrivals: {rate: 20/h}
                flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
                lifetime: {distribution: constant, value: 10min}
                cpuUsage: {distribution: constant, value: 0.5}
            """);
        Scenario scenario = parse(text);
        Map<String, Integer> byStream = new HashMap<>();
        double last = 0;
        try (RequestSource requests = Workloads.open(scenario, scenario.simulation().seed())) {
            while (requests.hasNext()) {
                VmRequest r = requests.next();
                assertTrue(r.arrival() >= last, "out of order at " + r);
                last = r.arrival();
                byStream.merge(r.stream(), 1, Integer::sum);
            }
        }
        assertEquals(10, byStream.get("batch"));
        assertTrue(byStream.get("steady") > 5, byStream.toString());
    }

    private static Scenario parse(String text) {
        return ScenarioReader.read(YamlDocument.parse(TRACE_TINY.toString(), text));
    }
}
