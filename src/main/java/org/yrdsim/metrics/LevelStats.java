package org.yrdsim.metrics;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;

/** A level (a utilisation) over the measured samples: its mean, 95th percentile and peak. */
public record LevelStats(double mean, double p95, double peak) {
    static LevelStats of(double[] measured) {
        return new LevelStats(Arrays.stream(measured).average().orElse(0),
            measured.length == 0 ? 0.0 : new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(measured, 95),
            Arrays.stream(measured).max().orElse(0));
    }
}
