package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimate of what a run needs, and the refusals at its bounds, at the key that drives the need. */
class ResourceEstimateTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    private static final ResourceEstimate.Limits AMPLE = new ResourceEstimate.Limits(Long.MAX_VALUE, Double.MAX_VALUE);

    private static YamlDocument tiny(String... sets) {
        YamlDocument doc = ScenarioReader.document(TINY);
        for (String set : sets) {
            doc = ScenarioOverrides.apply(doc, ScenarioOverride.parse(set));
        }
        return doc;
    }

    private static ResourceEstimate estimate(String... sets) {
        return ResourceEstimate.of(ScenarioReader.read(tiny(sets), TraceLocator.BESIDE_SCENARIO, AMPLE));
    }

    @Test
    void tinyCountsHostsSamplesArrivalsAndVmsAliveByLittlesLaw() {
        ResourceEstimate e = estimate();
        assertEquals(9, e.hosts());
        assertEquals(13, e.samples(), "6 h every 30 min, both ends");
        assertEquals(1 + 2 + 2 + 3, e.scopes());
        // 20/h for 6 h with a 30 min burst of 3x, and 15/h for 6 h
        assertEquals(20 * (6 + 2 * 0.5) + 15 * 6, e.arrivals(), 1e-9);
        // lognormal median 1 h, sigma 0.8: mean e^0.32 h; Weibull shape 0.8, scale 2 h: mean 2 h x Gamma(2.25)
        assertEquals(20 * Math.exp(0.32) + 15 * 2 * 1.1330030963193471, e.liveVms(), 1e-6);
    }

    @Test
    void vmsAliveNeverExceedTheClustersVirtualCores() {
        assertEquals(9 * 16, estimate("workloads[0].arrivals.rate=1000/s").liveVms(), 1e-9);
    }

    @Test
    void heapAtItsBoundIsAcceptedAndOneByteLessRefusedAtTheKeyThatDrivesIt() {
        YamlDocument doc = tiny("simulation.sampleInterval=1s");
        double need = ResourceEstimate.of(ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, AMPLE)).heapBytes(1, 1);
        assertDoesNotThrow(() -> ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, new ResourceEstimate.Limits((long) Math.ceil(need), 1e9)));
        var e = assertThrows(ScenarioException.class,
            () -> ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, new ResourceEstimate.Limits((long) Math.ceil(need) - 1, 1e9)));
        assertEquals("simulation.sampleInterval", e.keyPath());
        assertEquals("--set simulation.sampleInterval=1s", e.file());
        assertTrue(e.problem().startsWith("one run would need about 26.4 MiB of heap (9 hosts, 62 VMs alive at once, 21601 samples of 8 scopes"),
            e.problem());
    }

    @Test
    void manyHostsAreRefusedAtTheLargestCount() {
        YamlDocument doc = tiny("operators.blue.datacenters[0].hosts.small=1000000");
        var e = assertThrows(ScenarioException.class,
            () -> ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, new ResourceEstimate.Limits(1L << 30, 1e9)));
        assertEquals("operators[1].datacenters[0].hosts.small", e.keyPath());
        assertTrue(e.problem().contains("1000006 hosts") && e.problem().contains("simulate fewer hosts"), e.problem());
    }

    @Test
    void timeAtItsBoundIsAcceptedAndLessRefusedAtTheBusiestStream() {
        YamlDocument doc = tiny();
        double seconds = ResourceEstimate.of(ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, AMPLE)).seconds(1, 1);
        assertDoesNotThrow(() -> ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, new ResourceEstimate.Limits(Long.MAX_VALUE, seconds)));
        var e = assertThrows(ScenarioException.class,
            () -> ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, new ResourceEstimate.Limits(Long.MAX_VALUE, seconds * 0.999)));
        assertEquals("workloads[0].arrivals.rate", e.keyPath());
        assertEquals(35, e.line());
    }

    @Test
    void replicationsAtTheirBound() {
        Scenario s = ScenarioReader.read(tiny(), TraceLocator.BESIDE_SCENARIO, AMPLE);
        ResourceEstimate e = ResourceEstimate.of(s);
        double heap = e.heapBytes(1000, 2);
        double running = e.hosts() * ResourceEstimate.BYTES_PER_HOST + e.liveVms() * ResourceEstimate.BYTES_PER_LIVE_VM;
        double series = e.samples() * e.scopes() * ResourceEstimate.BYTES_PER_SCOPE_SAMPLE;
        assertEquals(2 * running + 1000 * series, heap, 1e-3, "two runs at a time, the series of all thousand kept");
        assertTrue(ResourceCheck.problemOfRuns(s, 1000, 1000, 2, new ResourceEstimate.Limits((long) Math.ceil(heap), 1e9)).isEmpty());
        assertEquals("1000 runs would need about 15.9 MiB of heap, 2 at a time, more than the 15.9 MiB Java may use here; use fewer",
            ResourceCheck.problemOfRuns(s, 1000, 1000, 2, new ResourceEstimate.Limits((long) Math.ceil(heap) - 1, 1e9)).orElseThrow());
        assertTrue(ResourceCheck.problemOfRuns(s, 1_000_000_000, 1_000_000_000, 2, ResourceEstimate.Limits.ofThisJvm()).isPresent());
    }

    @Test
    void theShippedScenariosAtFullSizeFitInFourGibibytes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[]{"scenarios", "scenarios/bench"}) {
            try (DirectoryStream<Path> yaml = Files.newDirectoryStream(Path.of(dir), "*.yaml")) {
                yaml.forEach(files::add);
            }
        }
        ResourceEstimate.Limits fourGib = new ResourceEstimate.Limits(4L << 30, 2 * 86_400);
        for (Path file : files) {
            YamlDocument doc = ScenarioOverrides.apply(ScenarioReader.document(file), ScenarioOverride.parse("simulation.scale=1"));
            assertDoesNotThrow(() -> ScenarioReader.read(doc, TraceLocator.BESIDE_SCENARIO, fourGib), file.toString());
        }
    }
}
