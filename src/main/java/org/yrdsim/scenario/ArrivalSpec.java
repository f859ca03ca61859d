package org.yrdsim.scenario;

import java.util.List;

/**
 * Poisson arrivals whose rate follows a daily profile, bursts and growth over the years.
 *
 * @param meanRatePerSecond the rate averaged over a day, before bursts and growth (requests per second)
 * @param diurnal           the daily shape: a cosine or hourly factors; {@link DiurnalProfile#FLAT} for a constant rate
 * @param growth            the factor the rate grows by over the years; {@link Growth#NONE} for none
 */
public record ArrivalSpec(double meanRatePerSecond, DailyCycle diurnal, List<Burst> bursts, Growth growth) {

    /** The rate at {@code time} (requests per second), bursts and growth included. */
    public double rateAt(double time) {
        double rate = meanRatePerSecond * diurnal.factorAt(time);
        for (Burst burst : bursts) {
            if (burst.covers(time)) {
                rate *= burst.multiplier();
            }
        }
        return rate * growth.factorAt(time);
    }

    /** An upper bound of {@link #rateAt} over [0, end], for thinning. */
    public double maxRate(double end) {
        double max = meanRatePerSecond * diurnal.maxFactor();
        for (Burst burst : bursts) {
            max *= Math.max(1, burst.multiplier());
        }
        return max * growth.maxFactor(end);
    }
}
