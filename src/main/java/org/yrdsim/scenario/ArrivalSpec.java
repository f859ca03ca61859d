package org.yrdsim.scenario;

import java.util.List;

/**
 * Poisson arrivals whose rate follows a daily profile and bursts.
 *
 * @param meanRatePerSecond the rate averaged over a day, before bursts (requests per second)
 * @param diurnal           the daily shape: a cosine or hourly factors; {@link DiurnalProfile#FLAT} for a constant rate
 */
public record ArrivalSpec(double meanRatePerSecond, DailyCycle diurnal, List<Burst> bursts) {

    /** The rate at {@code time} (requests per second), bursts included. */
    public double rateAt(double time) {
        double rate = meanRatePerSecond * diurnal.factorAt(time);
        for (Burst burst : bursts) {
            if (burst.covers(time)) {
                rate *= burst.multiplier();
            }
        }
        return rate;
    }

    /** An upper bound of {@link #rateAt} over all times, for thinning. */
    public double maxRate() {
        double max = meanRatePerSecond * diurnal.maxFactor();
        for (Burst burst : bursts) {
            max *= Math.max(1, burst.multiplier());
        }
        return max;
    }
}
