package org.yrdsim.metrics;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.yrdsim.scenario.Scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The distribution of one-way latency from origin city to datacenter over the requests placed. */
public final class LatencyFigures {
    /** The cluster's target: at most 5 ms to the surrounding cities (P, 2025 China Computing Power Conference). */
    public static final double TARGET_MS = 5;

    private LatencyFigures() {
    }

    static Map<String, Object> of(double[] latenciesMs, Scenario scenario) {
        Map<String, Object> f = new LinkedHashMap<>();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        boolean any = latenciesMs.length > 0;
        f.put("meanMs", any ? Arrays.stream(latenciesMs).average().orElseThrow() : 0.0);
        f.put("p50Ms", any ? percentile.evaluate(latenciesMs, 50) : 0.0);
        f.put("p95Ms", any ? percentile.evaluate(latenciesMs, 95) : 0.0);
        f.put("maxMs", any ? Arrays.stream(latenciesMs).max().orElseThrow() : 0.0);
        TreeSet<Double> limits = new TreeSet<>();
        limits.add(TARGET_MS);
        scenario.latencyLimits().values().forEach(limit -> limits.add(limit * 1000));
        Map<String, Object> within = new LinkedHashMap<>();
        for (double limit : limits) {
            within.put(trim(limit), shareWithin(latenciesMs, limit));
        }
        f.put("shareWithinMs", within);
        return f;
    }

    /** Share of the latencies at most {@code limitMs} (0 when there are none). */
    public static double shareWithin(double[] latenciesMs, double limitMs) {
        return latenciesMs.length == 0 ? 0 : (double) Arrays.stream(latenciesMs).filter(ms -> ms <= limitMs).count() / latenciesMs.length;
    }

    private static String trim(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }
}
