package org.yrdsim.engine;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Student-t 99% interval on the mean of independent replications, held against a queueing
 * formula for c slots: it must cover the formula's value, and be narrow enough to exclude the
 * values for c - 1 and c + 1 slots, or the check could not fail.
 */
record TheoryInterval(double mean, double halfWidth, long n) {
    static TheoryInterval of(SummaryStatistics replications) {
        double t = new TDistribution(replications.getN() - 1).inverseCumulativeProbability(0.995);
        return new TheoryInterval(replications.getMean(), t * replications.getStandardDeviation() / Math.sqrt(replications.getN()),
            replications.getN());
    }

    /** {@code what} names the figure and {@code detail} the sample behind it, for the failure message. */
    void assertMatches(IntToDoubleFunction theory, int slots, String what, String detail) {
        assertTrue(Math.abs(mean - theory.applyAsDouble(slots - 1)) > halfWidth
                && Math.abs(mean - theory.applyAsDouble(slots + 1)) > halfWidth,
            "interval +-%.5f too wide to tell %d slots from %d or %d".formatted(halfWidth, slots, slots - 1, slots + 1));
        double expected = theory.applyAsDouble(slots);
        assertTrue(Math.abs(mean - expected) <= halfWidth,
            "%s %.5f +- %.5f (99%% CI over %d replications, %s) does not cover the formula's %.5f"
                .formatted(what, mean, halfWidth, n, detail, expected));
    }
}
