package org.yrdsim.scenario;

import java.util.Arrays;

/**
 * A daily cycle given hour by hour: the scenario's 24 factors scaled to average 1, each holding
 * for its hour. A cosine cannot follow a measured profile with a night trough, a morning batch
 * peak and an evening peak; 24 steps can, which is what a fitted trace needs.
 */
public record HourlyProfile(HourlyValue factors) implements DailyCycle {

    /** @param raw 24 non-negative factors, not all zero; only their proportions matter */
    public static HourlyProfile normalised(double[] raw) {
        if (raw.length != 24) {
            throw new IllegalArgumentException("an hourly profile has 24 factors, not " + raw.length);
        }
        double mean = Arrays.stream(raw).average().orElseThrow();
        if (!(mean > 0) || Arrays.stream(raw).anyMatch(f -> !(f >= 0))) {
            throw new IllegalArgumentException("hourly factors must be non-negative and not all zero");
        }
        return new HourlyProfile(new HourlyValue(Arrays.stream(raw).map(f -> f / mean).toArray()));
    }

    @Override
    public double factorAt(double time) {
        return factors.at(time);
    }

    @Override
    public double maxFactor() {
        return Arrays.stream(factors.byHour()).max().orElseThrow();
    }
}
