package org.yrdsim.study;

import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.Target;

import java.math.BigDecimal;
import org.yrdsim.scenario.TraceLocator;

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
            "operators.op.datacenters[0].hosts.slot", List.of(Target.parse("rejectionRate<=" + target)), Progress.NONE);
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
}
