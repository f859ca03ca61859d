package org.yrdsim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a finished run as read back from its summary, single or replicated alike: each
 * figure's statistics over the replications (one value for a single run) and the seeds they used.
 */
public record ReplicatedFigures(List<Long> seeds, Map<String, FigureStats> figures) {

    public static ReplicatedFigures from(Summary summary) {
        if (summary.replications() != null) {
            return new ReplicatedFigures(summary.replications().seeds(), summary.replications().figures());
        }
        Map<String, FigureStats> figures = new LinkedHashMap<>();
        SummaryFigures.flatten(summary).forEach((name, value) -> figures.put(name, FigureStats.of(name, value)));
        return new ReplicatedFigures(List.of(summary.scenario().seed()), figures);
    }

    public Optional<FigureStats> figure(String name) {
        return Optional.ofNullable(figures.get(name));
    }

    /** Whether two runs used the same seeds in the same order, so their replications can be paired. */
    public boolean pairedWith(ReplicatedFigures other) {
        return seeds.size() > 1 && seeds.equals(other.seeds);
    }

    /**
     * This run's figure minus the same figure of {@code base}, replication by replication: the
     * paired difference, whose interval tells whether the change is significant. Empty when the
     * runs are not paired or either lacks the figure.
     */
    public Optional<FigureStats> pairedDifference(ReplicatedFigures base, String name) {
        FigureStats mine = figures.get(name);
        FigureStats theirs = base.figures.get(name);
        if (!pairedWith(base) || mine == null || theirs == null) {
            return Optional.empty();
        }
        double[] d = new double[mine.n()];
        for (int i = 0; i < d.length; i++) {
            d[i] = mine.values()[i] - theirs.values()[i];
        }
        return Optional.of(FigureStats.of(d));
    }
}
