package org.yrdsim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.Rounding;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole run of the tiny scenario, from file to results folder. */
class WholeRunTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path results;

    @Test
    @SuppressWarnings("unchecked")
    void writesConsistentSummaryTimeseriesAndCharts() throws IOException {
        Scenario scenario = ScenarioReader.read(TINY);
        Path folder = RunReport.write(SimulationRun.run(scenario), results).folder();
        assertEquals(results.resolve("tiny").toAbsolutePath(), folder);

        Map<String, Object> summary = new com.fasterxml.jackson.databind.ObjectMapper()
            .readValue(folder.resolve("summary.json").toFile(), Map.class);
        assertEquals(Summary.SCHEMA_VERSION, summary.get("schemaVersion"));
        long arrivals = ((Number) summary.get("arrivals")).longValue();
        long placements = ((Number) summary.get("placements")).longValue();
        long rejections = ((Number) summary.get("rejections")).longValue();
        assertTrue(arrivals > 50, "expected a few dozen arrivals after warm-up, got " + arrivals);
        assertEquals(arrivals, placements + rejections);
        assertEquals(Rounding.figure((double) rejections / arrivals), ((Number) summary.get("rejectionRate")).doubleValue());
        Map<String, Map<String, Object>> operators = (Map<String, Map<String, Object>>) summary.get("operators");
        assertEquals(List.of("red", "blue"), List.copyOf(operators.keySet()));
        assertEquals(arrivals, operators.values().stream().mapToLong(o -> ((Number) o.get("arrivals")).longValue()).sum());
        double it = ((Number) summary.get("itEnergyKwh")).doubleValue();
        double facility = ((Number) summary.get("facilityEnergyKwh")).doubleValue();
        assertTrue(facility > 1.2 * it && facility < 1.4 * it, "facility energy must lie between PUE 1.2 and 1.4 times IT");
        Map<String, Map<String, Object>> sites = (Map<String, Map<String, Object>>) summary.get("sites");
        double jiashanIt = ((Number) sites.get("jiashan").get("itEnergyKwh")).doubleValue();
        // each side is written to 6 significant digits (within 5e-6 of its value, relatively), so they differ by at most 1e-5
        assertEquals(jiashanIt * 1.4, ((Number) sites.get("jiashan").get("facilityEnergyKwh")).doubleValue(), 1e-5 * jiashanIt * 1.4);
        // Jiashan: 500 g/kWh, no green power
        assertEquals(jiashanIt * 1.4 * 0.5 / 1000, ((Number) sites.get("jiashan").get("carbonTonnes")).doubleValue(),
            1e-5 * jiashanIt * 1.4 * 0.5 / 1000);
        Map<String, Object> allocated = (Map<String, Object>) summary.get("allocatedCpu");
        double mean = ((Number) allocated.get("mean")).doubleValue();
        double p95 = ((Number) allocated.get("p95")).doubleValue();
        double peak = ((Number) allocated.get("peak")).doubleValue();
        assertTrue(0 < mean && mean <= p95 && p95 <= peak && peak <= 1, allocated.toString());

        List<String> csv = Files.readAllLines(folder.resolve("timeseries.csv"));
        int samples = 6 * 2 + 1;
        int scopes = 1 + 2 + 2 + 3;
        assertEquals(1 + samples * scopes, csv.size());
        assertTrue(csv.get(0).startsWith("time_s,scope,allocated_cores,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("0,cluster,"), csv.get(1));
        assertTrue(csv.get(csv.size() - 1).startsWith("21600,datacenter:blue@jiashan,"), csv.get(csv.size() - 1));

        for (String chart : List.of("utilisation-by-operator.png", "utilisation-by-site.png", "rejections.png", "power.png")) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(folder.resolve(chart)), 4);
            assertArrayEquals(PNG_MAGIC, head, chart + " is not a PNG");
        }
        try (var left = Files.list(results)) {
            assertEquals(List.of(folder.getFileName()), left.map(Path::getFileName).toList(), "staging folders left behind");
        }
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalSummaries() throws IOException {
        Scenario scenario = ScenarioReader.read(TINY);
        Path first = RunReport.write(SimulationRun.run(scenario), results.resolve("a")).folder();
        Path second = RunReport.write(SimulationRun.run(scenario), results.resolve("b")).folder();
        assertArrayEquals(Files.readAllBytes(first.resolve("summary.json")), Files.readAllBytes(second.resolve("summary.json")));
        assertArrayEquals(Files.readAllBytes(first.resolve("timeseries.csv")), Files.readAllBytes(second.resolve("timeseries.csv")));
    }

    @Test
    void anotherSeedGivesOtherNumbers() throws IOException {
        Scenario scenario = ScenarioReader.read(TINY);
        RunResult a = SimulationRun.run(scenario, 7);
        RunResult b = SimulationRun.run(scenario, 8);
        Path first = RunReport.write(a, results.resolve("a")).folder();
        Path second = RunReport.write(b, results.resolve("b")).folder();
        assertFalse(Arrays.equals(Files.readAllBytes(first.resolve("summary.json")), Files.readAllBytes(second.resolve("summary.json"))));
    }

    @Test
    void aFailedWriteLeavesThePreviousResultsIntact() throws IOException {
        Path target = results.resolve("tiny");
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.json"), "previous");
        try (StagedDirectory staged = new StagedDirectory(target)) {
            Files.writeString(staged.path().resolve("summary.json"), "half");
            // no commit: as when a run fails part way
        }
        assertEquals("previous", Files.readString(target.resolve("summary.json")));
        try (var left = Files.list(results)) {
            assertEquals(1, left.count(), "the staging folder was not removed");
        }
    }
}
