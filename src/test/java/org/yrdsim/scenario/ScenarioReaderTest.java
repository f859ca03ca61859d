package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");

    /** {@code admission:} of a synthetic stream: reject said outright, and a queue with its defaults. */
    @Test
    void admissionIsRejectUnlessAQueueIsGiven() throws IOException {
        String text = Files.readString(TINY)
            .replace("    arrivals: {rate: 20/h,", "    admission: reject\n    arrivals: {rate: 20/h,")
            .replace("    arrivals: {rate: 15/h}", "    arrivals: {rate: 15/h}\n    admission: {queue: fifo}");
        Scenario s = ScenarioReader.read(YamlDocument.parse(TINY.toString(), text));
        assertTrue(s.workloads().get(0).queue().isEmpty());
        assertEquals(new QueueSpec(QueueSpec.Discipline.FIFO, Double.POSITIVE_INFINITY, 0), s.workloads().get(1).queue().orElseThrow());
        assertEquals(List.of("blue-hangzhou"), List.copyOf(s.queues().keySet()));
    }

    @Test
    void everyShippedScenarioIsValid() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[]{"scenarios", "scenarios/bench"}) {
            try (DirectoryStream<Path> yaml = Files.newDirectoryStream(Path.of(dir), "*.yaml")) {
                yaml.forEach(files::add);
            }
        }
        assertTrue(files.size() >= 4, "shipped scenarios not found: " + files);
        // checked against the heap they are documented to run in, not this test JVM's: the
        // full build-out benchmark is run with -Xmx12g
        ResourceEstimate.Limits documented = new ResourceEstimate.Limits(12L << 30, 2 * 86_400);
        for (Path file : files) {
            Scenario s = ScenarioReader.read(ScenarioReader.document(file), TraceLocator.BESIDE_SCENARIO, documented);
            assertFalse(s.workloads().isEmpty(), file + " has no workload");
        }
    }

    @Test
    void tinyScenarioIsReadIntoBaseUnits() {
        Scenario s = ScenarioReader.read(TINY);
        assertEquals("tiny", s.name());
        assertEquals(6 * 3600, s.simulation().duration());
        assertEquals(1800, s.simulation().sampleInterval());
        assertEquals(3600, s.simulation().warmup());
        assertEquals(0.5, s.site("jiashan").orElseThrow().gridCarbonKgPerKwh(), 1e-12);
        HostType small = s.hostType("small").orElseThrow();
        assertEquals(64 * 1024, small.memoryMib());
        assertEquals(2000, small.coreMhz());
        assertEquals(100, small.power().wattsAt(0.5), 1e-9);
        assertEquals(105, small.power().wattsAt(0.55), 1e-9);
        WorkloadSpec red = s.workloads().get(0);
        assertEquals(20 / 3600.0, red.arrivals().meanRatePerSecond(), 1e-15);
        assertEquals(new Burst(4 * 3600, 1800, 3), red.arrivals().bursts().get(0));
        assertEquals(new DistributionSpec.LogNormal(3600, 0.8), red.lifetime());
        assertEquals(List.of("red@qingpu", "red@jiashan", "blue@jiashan"),
            s.datacenters().stream().map(DatacenterSpec::name).toList());
        assertEquals(HostPolicy.BEST_FIT, s.placement().hostPolicy());
        assertEquals(2, s.agreements().size(), "overflow: true lets each of the two operators overflow into the other");
    }

    /** Each kind of mistake: the text to replace in tiny.yaml, its replacement, and what the error must name. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "seed: 7|seed: 7\\n  sead: 8|9|simulation.sead|unknown key 'sead'",
        "duration: 6h|duration: 6 hours|5|simulation.duration|expected a duration",
        "memory: 64 GiB|memory: 64|19|hostTypes[0].memory|has no unit",
        "rate: 15/h|rate: -15/h|44|workloads[1].arrivals.rate|must not be negative",
        "greenShare: 0.5|greenShare: 1.5|13|sites[0].greenShare|must be between 0 and 1",
        "pue: 1.2,|pue: 0.9,|13|sites[0].pue|at least 1",
        "site: qingpu,|site: qinpu,|26|operators[0].datacenters[0].site|no site named 'qinpu'",
        "origin: hangzhou|origin: wuhu|43|workloads[1].origin|no origin named 'wuhu'",
        "hosts: {small: 3}|hosts: {large: 3}|30|operators[1].datacenters[0].hosts.large|no host type named 'large'",
        "hostPolicy: best-fit|hostPolicy: random-fit|49|placement.hostPolicy|is not one of first-fit, best-fit, worst-fit",
        "sampleInterval: 30min|sampleInterval: 7h|6|simulation.sampleInterval|must not be longer than the duration",
        "peakToTrough: 2|peakToTrough: 0.5|35|workloads[0].arrivals.diurnal.peakToTrough|must be at least 1",
        "{cores: 8, memory: 32 GiB, weight: 1}|{cores: 64, memory: 32 GiB, weight: 1}|38|workloads[0].flavours[1]|no host type is large enough",
        "rate: 15/h|rate: 15/h, growth: 25%|44|workloads[1].arrivals.growth|expected a yearly rate such as '25 %/year'",
        "rate: 15/h|rate: 15/h, growth: -100 %/year|44|workloads[1].arrivals.growth|above -100 %/year",
        "rate: 15/h|rate: 15/h, growth: [{at: 2d, factor: 1}, {at: 1d, factor: 2}]|44|workloads[1].arrivals.growth[1].at|in time order",
        "hosts: {small: 3}|hosts: {small: 3}, commissioning: [{at: 1d, hosts: {small: 1}}]|30|operators[1].datacenters[0].commissioning|not both",
        "hosts: {small: 3}|commissioning: [{at: 1 day, hosts: {small: 1}}]|30|operators[1].datacenters[0].commissioning[0].at|expected a duration",
        "hosts: {small: 3}|commissioning: [{at: 1d, hosts: {big: 1}}]|30|operators[1].datacenters[0].commissioning[0].hosts.big|no host type named 'big'",
    })
    void mistakesNameFileLineAndKey(String find, String replace, int line, String keyPath, String message) throws IOException {
        String text = Files.readString(TINY);
        assertTrue(text.contains(find), "fixture does not contain " + find);
        YamlDocument doc = YamlDocument.parse("bad.yaml", text.replace(find, replace.replace("\\n", "\n")));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(doc));
        assertEquals("bad.yaml", e.file());
        assertEquals(keyPath, e.keyPath(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.problem().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ":"), e.getMessage());
    }

    @Test
    void malformedYamlIsReportedAtItsPlace() {
        ScenarioException e = assertThrows(ScenarioException.class,
            () -> ScenarioReader.read(YamlDocument.parse("broken.yaml", "name: x\nsimulation: [1, 2\n")));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.problem().startsWith("not valid YAML"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(Path.of("no/such.yaml")));
        assertEquals("no/such.yaml: no such file", e.getMessage());
    }

    @Test
    void missingKeyIsNamedAtItsParent() {
        ScenarioException e = assertThrows(ScenarioException.class,
            () -> ScenarioReader.read(YamlDocument.parse("m.yaml", "name: x\nsimulation: {duration: 1h}\n")));
        assertEquals("simulation.sampleInterval", e.keyPath());
        assertTrue(e.problem().contains("missing required key"), e.getMessage());
        assertEquals(2, e.line());
    }
}
