package org.yrdsim.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import org.yrdsim.workload.RandomStreams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code replications} block of a replicated run's summary.json: the seeds, and every figure's
 * mean, standard deviation, 95% confidence interval and per-replication values, by flat name
 * ({@link SummaryFigures}).
 * <p>
 * The rest of a replicated summary keeps the single-run shape and holds replication 0, the run
 * with the scenario's own seed (the one its timeseries.csv and charts show), so a reader that
 * knows only single runs still reads a real run.
 *
 * @param confidence the level of the intervals
 */
public record Replications(int count, List<Long> seeds, double confidence, Map<String, FigureStats> figures) {

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
     * The summary of replication 0 with the replications block added.
     *
     * @param summaries one single-run summary per seed, in seed order
     */
    public static Summary summary(List<Summary> summaries, List<Long> seeds) {
        List<Map<String, Double>> flat = summaries.stream().map(SummaryFigures::flatten).toList();
        Map<String, FigureStats> figures = new LinkedHashMap<>();
        for (String name : flat.get(0).keySet()) {
            double[] values = flat.stream().mapToDouble(f -> f.getOrDefault(name, Double.NaN)).toArray();
            figures.put(name, FigureStats.of(name, values));
        }
        return summaries.get(0).withReplications(new Replications(summaries.size(), seeds, FigureStats.CONFIDENCE, figures));
    }

    /** The block as summary.json holds it; each figure's statistics are computed again from its values. */
    static Replications fromJson(JsonNode json) {
        List<Long> seeds = new ArrayList<>();
        json.path("seeds").forEach(seed -> seeds.add(seed.asLong()));
        Map<String, FigureStats> figures = new LinkedHashMap<>();
        json.path("figures").fields().forEachRemaining(figure -> {
            JsonNode values = figure.getValue().path("values");
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i).asDouble();
            }
            figures.put(figure.getKey(), FigureStats.of(figure.getKey(), v));
        });
        return new Replications(json.path("count").asInt(), seeds, json.path("confidence").asDouble(), figures);
    }
}
