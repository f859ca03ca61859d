package org.yrdsim.engine;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.QueueFigures;
import org.yrdsim.metrics.Summary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The waiting queue against queueing theory: c one-core slots, Poisson arrivals, exponential
 * lifetimes of mean 1 h, FIFO and no abandonment form an M/M/c queue, whose mean wait is Erlang's
 * C formula (the chance of waiting) over (c mu - lambda).
 *
 * <p>c = 10 at 8.5 Erlangs (load 0.85). Each replication runs 800 h after a 50 h warm-up cut
 * (the queue relaxes from empty in about 1 / (c mu (1 - sqrt(rho))^2) = 16 h), so about 6,800
 * waits; waits within a run are strongly correlated, so the interval comes from R = 12
 * independent replications (fixed seeds): a Student-t 99% interval on their mean waits. Erlang C
 * must lie inside it, and the interval must be narrow enough to exclude the mean wait of one slot
 * fewer or more, or the check would prove nothing.
 */
class ErlangCTest {
    private static final int SLOTS = 10;
    private static final double ERLANGS = 8.5;
    private static final int REPLICATIONS = 12;

    @Test
    void simulatedMeanWaitMatchesErlangC() {
        SummaryStatistics meanWaits = new SummaryStatistics();
        long started = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            QueueFigures queue = Summary.of(SimulationRun.run(
                TestScenarios.erlang(SLOTS, ERLANGS, "850h", "50h", 2000 + r, "{queue: fifo}")), List.of()).queue();
            meanWaits.addValue(queue.cluster().meanWaitS() / 3600);
            started += queue.cluster().started();
            assertEquals(0, queue.cluster().abandoned());
        }
        assertTrue(started > 0.95 * REPLICATIONS * 800 * ERLANGS, "too few waits: " + started);
        TheoryInterval.of(meanWaits).assertMatches(slots -> meanWaitHours(slots, ERLANGS), SLOTS, "mean wait (h)", started + " waits");
    }

    /** Erlang C from Erlang B: C = c B / (c - a (1 - B)); the mean wait in units of the mean lifetime is C / (c - a). */
    static double meanWaitHours(int slots, double erlangs) {
        double b = ErlangBTest.erlangB(slots, erlangs);
        double c = slots * b / (slots - erlangs * (1 - b));
        return c / (slots - erlangs);
    }
}
