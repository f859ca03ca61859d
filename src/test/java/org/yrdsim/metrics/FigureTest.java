package org.yrdsim.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.Target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure is defined once, and the definitions agree with summary.json: each number it holds
 * is a defined figure read under its own key, and each key a target may name resolves to a figure.
 */
class FigureTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> NOT_FIGURES = List.of("schemaVersion", "scenario", "traces", "replications");

    /** The summary's numbers as the file holds them, by dot path, found by walking the JSON itself. */
    private static Map<String, Double> leaves(JsonNode json) {
        Map<String, Double> out = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> {
            if (!NOT_FIGURES.contains(e.getKey())) {
                collect(e.getKey(), e.getValue(), out);
            }
        });
        return out;
    }

    private static void collect(String path, JsonNode value, Map<String, Double> out) {
        if (value.isNumber()) {
            out.put(path, value.asDouble());
        } else if (value.isObject()) {
            value.fields().forEachRemaining(e -> collect(path + "." + e.getKey(), e.getValue(), out));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary-golden-single.json", "summary-golden-replicated.json", "trace-tiny.json"})
    void theDefinitionsReadEveryNumberOfSummaryJsonUnderItsKeyAndInItsOrder(String file) throws Exception {
        JsonNode json = new ObjectMapper().readTree(GOLDEN.resolve(file).toFile());
        Map<String, Double> read = SummaryFigures.flatten(Summary.fromJson(json));
        Map<String, Double> written = leaves(json);
        assertEquals(new ArrayList<>(written.keySet()), new ArrayList<>(read.keySet()));
        assertEquals(written, read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny.yaml", "summary-golden.yaml", "trace-tiny.yaml"})
    void everyFigureATargetMayNameResolvesToItsDefinition(String scenario) {
        Set<String> names = SummaryFigures.namesFor(ScenarioReader.read(Path.of("src/test/resources/scenarios", scenario)));
        for (String name : names) {
            Figure figure = Figure.of(name).orElseThrow(() -> new AssertionError(name + " has no definition"));
            assertEquals(name, figure.key());
            assertEquals(figure, Figure.of(Target.parse(name + "<=1").figure()).orElseThrow());
            assertFalse(figure.name().matches(".*[a-z][A-Z].*"), name + " is named by its key: " + figure.name());
        }
        SummaryFigures.HEADLINES.forEach(h -> assertTrue(names.contains(h.key()), h.key() + " is not in summary.json"));
    }

    @Test
    void aKeyThatNamesNoFigureResolvesToNothing() {
        for (String key : List.of("rackUtilisation", "rackUtilisation.median", "sites.allocatedCpu.mean", "latency.shareWithinMs.x",
            "sharing.operators.red.coreHours", "hostsUsed")) {
            assertTrue(Figure.of(key).isEmpty(), key);
        }
    }

    @Test
    void aFigureIsAShareExactlyWhenItIsAPartOfAWhole() {
        Set<String> names = SummaryFigures.namesFor(ScenarioReader.read(Path.of("src/test/resources/scenarios/summary-golden.yaml")));
        for (String name : names) {
            String last = name.substring(name.lastIndexOf('.') + 1);
            boolean share = last.equals("rejectionRate") || last.equals("nPlusOneShare") || name.startsWith("latency.shareWithinMs.")
                || name.matches("(.*\\.)?(allocatedCpu|allocatedMemory|usedCpu|rackUtilisation|unavailableCpu)\\.(mean|p95|peak)");
            assertEquals(share, Figure.isShare(name), name);
        }
    }

    @Test
    void rackUtilisationHasOneNameEverywhere() {
        Figure mean = Figure.named("rackUtilisation.mean");
        assertEquals("rack utilisation", mean.label());
        assertEquals(CapacityShare.RACK_UTILISATION.label(), mean.name());
        assertEquals("rack_utilisation", CapacityShare.RACK_UTILISATION.column());
        assertEquals("rack utilisation p95", Figure.named("rackUtilisation.p95").label());
        assertEquals("site qingpu: rack utilisation", Figure.named("sites.qingpu.rackUtilisation.mean").label());
        assertEquals("datacenter red@qingpu: rack utilisation peak", Figure.named("datacenters.red@qingpu.rackUtilisation.peak").label());
    }

    @Test
    void labelsCarryTheUnit() {
        assertEquals("latency p95 (ms)", Figure.named("latency.p95Ms").label());
        assertEquals("rejection rate", Figure.named("rejectionRate").label());
        assertEquals("rejection rate (%)", Figure.named("rejectionRate").axisLabel());
        assertEquals("PUE", Figure.named("pue").axisLabel());
        assertEquals("operator blue: borrowed (core-hours)", Figure.named("sharing.operators.blue.borrowedCoreHours").label());
        assertEquals("placed within 2.5 ms", Figure.named("latency.shareWithinMs.2.5").label());
    }
}
