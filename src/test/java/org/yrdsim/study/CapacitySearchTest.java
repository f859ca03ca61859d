package org.yrdsim.study;

import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.Target;
import org.yrdsim.scenario.TraceLocator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capacity search on a loss system whose answer is known in closed form: c identical 1-core
 * slots, Poisson arrivals, exponential lifetimes, no waiting (M/M/c/c), where the blocked share is
 * Erlang's B(c, a) for an offered load of a erlangs.
 */
class CapacitySearchTest {
    private static final Path ERLANG = Path.of("src/test/resources/scenarios/erlang.yaml");
    private static final Path PHASE_DATE = Path.of("src/test/resources/scenarios/phase-date.yaml");
    private static final double OFFERED_LOAD = 5.0; // 5 arrivals per minute x 1 minute mean lifetime

    /** Erlang B by the standard recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)). */
    static double erlangB(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    static int smallestSlots(double a, double target) {
        int c = 0;
        while (erlangB(c, a) > target) {
            c++;
        }
        return c;
    }

    @Test
    void recursionMatchesKnownValues() {
        assertEquals(5.0 / 6, erlangB(1, 5), 1e-12);
        assertEquals(0.0701, erlangB(8, 5), 1e-4);
        assertEquals(0.0375, erlangB(9, 5), 1e-4);
    }

    @Test
    void findsTheSmallestNumberOfSlotsThatKeepsBlockingUnderTheTarget() {
        double target = 0.05;
        int expected = smallestSlots(OFFERED_LOAD, target);
        assertEquals(9, expected);
        CapacitySearch search = new CapacitySearch(new PointRunner(ERLANG, List.of(), TraceLocator.BESIDE_SCENARIO, 5),
            "operators.op.datacenters[0].hosts.slot", List.of(Target.parse("rejectionRate<=" + target)), Progress.NONE,
            CapacitySearch.Seek.SMALLEST, "");
        CapacitySearch.Answer answer = search.search(BigDecimal.ONE, BigDecimal.valueOf(20), BigDecimal.ONE);
        assertEquals(BigDecimal.valueOf(expected), answer.answer().orElseThrow());
        // the evidence: every tried value's interval holds Erlang B at that value (within the simulation's noise)
        for (CapacitySearch.Trial t : answer.trials()) {
            double b = erlangB(t.value().intValue(), OFFERED_LOAD);
            var s = t.figures().figure("rejectionRate").orElseThrow();
            assertTrue(Math.abs(s.mean() - b) < 0.01, () -> "c=" + t.value() + ": simulated " + s.mean() + " vs Erlang B " + b);
        }
        assertTrue(answer.trials().stream().anyMatch(t -> t.value().intValue() == expected - 1 && !t.allMet()));
    }

    /**
     * The latest date a datacenter's only phase may come in service with at most 25.5% of requests
     * turned away over 100 days: every request before the date is rejected and none after, so the
     * rejected share is the share of arrivals before it, d / 100 for a date of d days. 25 days gives
     * 0.25 and 26 days 0.26; with 144,000 arrivals the share's standard deviation is
     * sqrt(0.25 x 0.75 / 144000) = 0.0011, so each is more than four standard deviations from 0.255.
     */
    @Test
    void findsTheLatestDateAPhaseMayComeInService() {
        CapacitySearch search = new CapacitySearch(new PointRunner(PHASE_DATE, List.of(), TraceLocator.BESIDE_SCENARIO, 1),
            "operators.op.datacenters[0].commissioning[1].at", List.of(Target.parse("rejectionRate<=0.255")), Progress.NONE,
            CapacitySearch.Seek.LARGEST, "d");
        CapacitySearch.Answer answer = search.search(BigDecimal.TEN, BigDecimal.valueOf(40), BigDecimal.ONE);
        assertEquals(BigDecimal.valueOf(25), answer.answer().orElseThrow(), answer.reason());
        assertEquals("met at 25d and not at 26d, one step above", answer.reason());
        for (CapacitySearch.Trial t : answer.trials()) {
            double share = t.figures().figure("rejectionRate").orElseThrow().mean();
            assertEquals(t.value().doubleValue() / 100, share, 0.005, () -> "phase at " + t.value() + "d");
            assertEquals(t.value().intValue() <= 25, t.allMet());
        }
    }

    @Test
    void aDateSearchWithNoDateEarlyEnoughSaysSo() {
        CapacitySearch search = new CapacitySearch(new PointRunner(PHASE_DATE, List.of(), TraceLocator.BESIDE_SCENARIO, 1),
            "operators.op.datacenters[0].commissioning[1].at", List.of(Target.parse("rejectionRate<=0.05")), Progress.NONE,
            CapacitySearch.Seek.LARGEST, "d");
        CapacitySearch.Answer answer = search.search(BigDecimal.TEN, BigDecimal.valueOf(40), BigDecimal.ONE);
        assertTrue(answer.answer().isEmpty());
        assertEquals("the targets are not met even at the bottom of the range, 10d", answer.reason());
        assertEquals(1, answer.trials().size());
    }
}
