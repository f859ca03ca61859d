package org.yrdsim.metrics;

import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline figures are figures of summary.json, and their units agree with the rule for any figure. */
class HeadlineTest {
    @Test
    void everyHeadlineIsAFigureOfTheSummary() {
        Set<String> names = SummaryFigures.namesFor(ScenarioReader.read(Path.of("src/test/resources/scenarios/tiny.yaml")));
        for (Headline h : Headline.ALL) {
            assertTrue(names.contains(h.figure()), h.figure() + " is not in summary.json: " + names);
        }
    }

    @Test
    void aHeadlineIsAShareExactlyWhenItsNameSaysSo() {
        for (Headline h : Headline.ALL) {
            assertEquals(Headline.isShare(h.figure()), h.share(), h.figure());
        }
    }

    @Test
    void labelsCarryTheUnit() {
        assertEquals("latency p95 (ms)", Headline.of("latency.p95Ms").label());
        assertEquals("rejection rate", Headline.of("rejectionRate").label());
        assertEquals("rejection rate (%)", Headline.of("rejectionRate").axisLabel());
        assertEquals("PUE", Headline.of("pue").axisLabel());
    }
}
