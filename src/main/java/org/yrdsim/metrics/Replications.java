package org.yrdsim.metrics;

import org.yrdsim.workload.RandomStreams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replications of one scenario: their seeds, and the {@code replications} block of
 * {@code summary.json} that gives every figure's mean, standard deviation, 95% confidence
 * interval and per-replication values.
 * <p>
 * The rest of a replicated summary keeps the single-run shape and holds replication 0, the run
 * with the scenario's own seed (the one its timeseries.csv and charts show), so a reader that
 * knows only single runs still reads a real run.
 */
public final class Replications {
    public static final String KEY = "replications";

    private Replications() {
    }

    /** Seed of replication {@code i}: the master seed itself for 0, then seeds derived from it. */
    public static long seed(long masterSeed, int i) {
        return i == 0 ? masterSeed : RandomStreams.seed(masterSeed, "replication", Integer.toString(i));
    }

    public static List<Long> seeds(long masterSeed, int count) {
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(seed(masterSeed, i));
        }
        return seeds;
    }

    /**
     * The summary of replication 0 with the {@code replications} block added.
     *
     * @param summaries one single-run summary per seed, in seed order
     */
    public static Map<String, Object> summary(List<Map<String, Object>> summaries, List<Long> seeds) {
        Map<String, Object> out = new LinkedHashMap<>(summaries.get(0));
        List<Map<String, Double>> flat = summaries.stream().map(SummaryFigures::flatten).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String name : flat.get(0).keySet()) {
            double[] values = flat.stream().mapToDouble(f -> f.getOrDefault(name, Double.NaN)).toArray();
            figures.put(name, json(FigureStats.of(name, values)));
        }
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("count", summaries.size());
        block.put("seeds", seeds);
        block.put("confidence", FigureStats.CONFIDENCE);
        block.put("figures", figures);
        out.put(KEY, block);
        return out;
    }

    private static Map<String, Object> json(FigureStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", s.mean());
        if (s.hasInterval()) {
            m.put("sd", s.sd());
            m.put("ciLow", s.ciLow());
            m.put("ciHigh", s.ciHigh());
        }
        m.put("n", s.n());
        m.put("values", Arrays.stream(s.values()).boxed().toList());
        return m;
    }
}
