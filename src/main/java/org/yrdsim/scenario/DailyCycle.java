package org.yrdsim.scenario;

/**
 * How a stream's arrival rate varies over the day, as a multiplier that averages 1 over a day so
 * the stream's mean rate stays what the scenario says: a cosine ({@link DiurnalProfile}) or one
 * factor per hour ({@link HourlyProfile}, what {@code yrdsim fit} writes from a trace).
 */
public interface DailyCycle {
    /** Multiplier at {@code time} seconds from the start, which is midnight. */
    double factorAt(double time);

    /** The largest multiplier over the day, for thinning. */
    double maxFactor();
}
