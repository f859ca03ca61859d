package org.yrdsim.study;

import org.yrdsim.BadInputException;
import org.yrdsim.metrics.Summary;
import org.yrdsim.report.PointFiles;
import org.yrdsim.report.ResultNames;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.Variation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Cartesian product of the varied values, each point run with the same replication seeds.
 * Points already finished (a point file with the same fingerprint) are read, not run again.
 */
public final class Sweep {
    /**
     * @param summaries  per point, in point order
     * @param ran        points simulated now
     * @param wallSeconds wall time of this sweep's simulations
     * @param runSeconds  the same simulations' times summed, as if one after another
     */
    public record Result(List<Point> points, List<Summary> summaries, int ran, double wallSeconds,
                         double runSeconds) {
    }

    private Sweep() {
    }

    /** Every combination of values, the first variation changing slowest. */
    public static List<Point> points(List<Variation> variations) {
        if (variations.isEmpty()) {
            throw new BadInputException("a sweep needs at least one --vary");
        }
        Set<String> keys = new HashSet<>();
        for (Variation v : variations) {
            if (!keys.add(v.keyPath())) {
                throw new BadInputException("--vary " + v.keyPath() + " is given twice");
            }
        }
        List<Point> points = List.of(new Point(List.of()));
        for (Variation v : variations) {
            List<Point> next = new ArrayList<>();
            for (Point p : points) {
                for (String value : v.values()) {
                    List<ScenarioOverride> overrides = new ArrayList<>(p.overrides());
                    overrides.add(v.override(value));
                    next.add(new Point(overrides));
                }
            }
            points = next;
        }
        return points;
    }

    public static Result run(PointRunner runner, List<Point> points, PointFiles store, Progress progress) {
        points.forEach(runner::scenario);
        List<Summary> summaries = new ArrayList<>();
        List<Point> toRun = new ArrayList<>();
        for (Point p : points) {
            var earlier = store.read(p.key(), fingerprint(runner, p));
            summaries.add(earlier.orElse(null));
            if (earlier.isEmpty()) {
                toRun.add(p);
            }
        }
        long start = System.nanoTime();
        List<Summary> fresh = runner.run(toRun, progress,
            (p, summary) -> store.write(p.key(), fingerprint(runner, p), summary));
        double wall = (System.nanoTime() - start) / 1e9;
        for (int i = 0, j = 0; i < points.size(); i++) {
            if (summaries.get(i) == null) {
                summaries.set(i, fresh.get(j++));
            }
        }
        return new Result(points, summaries, toRun.size(), wall, runner.runSeconds());
    }

    /** What must be equal for a finished point to stand for this one. */
    static String fingerprint(PointRunner runner, Point p) {
        try {
            String text = Files.readString(runner.scenarioFile());
            String overrides = runner.base().stream().map(ScenarioOverride::toString).collect(Collectors.joining("\n"));
            return ResultNames.hash(String.join("\n---\n", text, overrides, p.toString(),
                "replications=" + runner.replications(), "schema=" + Summary.SCHEMA_VERSION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
