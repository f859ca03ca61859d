package org.yrdsim.metrics;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.yrdsim.scenario.Scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The distribution of one-way latency from origin city to datacenter over the requests placed.
 *
 * @param shareWithinMs by limit in ms (the cluster's target and every latency limit of the
 *                      scenario, ascending), the share of placed requests within it
 */
public record LatencyFigures(double meanMs, double p50Ms, double p95Ms, double maxMs, Map<String, Double> shareWithinMs) {
    /** The cluster's target: at most 5 ms to the surrounding cities (P, 2025 China Computing Power Conference). */
    public static final double TARGET_MS = 5;

    static LatencyFigures of(double[] latenciesMs, Scenario scenario) {
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        boolean any = latenciesMs.length > 0;
        TreeSet<Double> limits = new TreeSet<>();
        limits.add(TARGET_MS);
        scenario.latencyLimits().values().forEach(limit -> limits.add(limit * 1000));
        Map<String, Double> within = new LinkedHashMap<>();
        for (double limit : limits) {
            within.put(trim(limit), shareWithin(latenciesMs, limit));
        }
        return new LatencyFigures(any ? Arrays.stream(latenciesMs).average().orElseThrow() : 0.0,
            any ? percentile.evaluate(latenciesMs, 50) : 0.0, any ? percentile.evaluate(latenciesMs, 95) : 0.0,
            any ? Arrays.stream(latenciesMs).max().orElseThrow() : 0.0, within);
    }

    /** Share of the latencies at most {@code limitMs} (0 when there are none). */
    public static double shareWithin(double[] latenciesMs, double limitMs) {
        return latenciesMs.length == 0 ? 0 : (double) Arrays.stream(latenciesMs).filter(ms -> ms <= limitMs).count() / latenciesMs.length;
    }

    private static String trim(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }
}
