package org.yrdsim.engine;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.Summary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole engine against queueing theory: c slots, Poisson arrivals, exponential lifetimes and
 * no waiting form an M/M/c/c loss system, whose share of blocked requests is Erlang's B formula
 * whatever the lifetime distribution's shape.
 *
 * <p>The confidence interval: each replication runs 400 mean lifetimes after a 10-lifetime
 * warm-up, so about 400 x a arrivals (a = offered load in Erlangs) and many independent busy
 * periods; blocking indicators are correlated within a run, so the interval is not built from the
 * binomial count but from R = 10 independent replications (fixed seeds), a Student-t 99% interval
 * on their means. Erlang-B must lie inside it, and the interval must be narrow enough to exclude
 * the blocking of one slot fewer or more, or the check would prove nothing.
 */
class ErlangBTest {
    private static final int SLOTS = 20;
    private static final int REPLICATIONS = 10;

    @ParameterizedTest(name = "offered load {0} x c")
    @ValueSource(doubles = {0.8, 1.0, 1.2})
    void simulatedBlockingMatchesErlangB(double loadPerSlot) {
        double erlangs = loadPerSlot * SLOTS;
        SummaryStatistics blocking = new SummaryStatistics();
        long arrivals = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            RunResult run = SimulationRun.run(TestScenarios.erlang(SLOTS, erlangs, "410h", "10h", 1000 + r));
            ScopeFigures summary = Summary.of(run, List.of()).cluster();
            blocking.addValue(summary.rejectionRate());
            arrivals += summary.arrivals();
        }
        assertTrue(arrivals > 0.9 * REPLICATIONS * 400 * erlangs, "too few arrivals: " + arrivals);
        TheoryInterval.of(blocking).assertMatches(slots -> erlangB(slots, erlangs), SLOTS, "blocking", arrivals + " arrivals");
    }

    /** Erlang's B formula by the stable recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)). */
    static double erlangB(int slots, double erlangs) {
        double b = 1;
        for (int k = 1; k <= slots; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }
}
