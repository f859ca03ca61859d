package org.yrdsim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a summary as flat names, the dot paths of its numeric leaves
 * ({@code rejectionRate}, {@code allocatedCpu.p95}, {@code operators.alibaba.rejectionRate}).
 * These are the names targets, tables and charts use.
 */
public final class SummaryFigures {
    /** Top-level keys that describe the run rather than measure it. */
    private static final List<String> NOT_FIGURES = List.of("schemaVersion", "scenario", "traces", Replications.KEY);

    private SummaryFigures() {
    }

    /** Every numeric leaf of a single-run summary, in summary order. */
    public static Map<String, Double> flatten(Map<String, Object> summary) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : summary.entrySet()) {
            if (!NOT_FIGURES.contains(e.getKey())) {
                collect(e.getKey(), e.getValue(), out);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(String path, Object value, Map<String, Double> out) {
        if (value instanceof Number n) {
            out.put(path, n.doubleValue());
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                collect(path + "." + e.getKey(), e.getValue(), out);
            }
        }
    }

    /** Whether a flat name is a cluster-wide figure (not one of a site, operator or datacenter). */
    public static boolean isClusterFigure(String name) {
        return !(name.startsWith("sites.") || name.startsWith("operators.") || name.startsWith("datacenters."));
    }
}
