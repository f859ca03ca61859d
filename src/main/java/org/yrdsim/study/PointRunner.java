package org.yrdsim.study;

import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.Replications;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;
import org.yrdsim.scenario.TraceLocator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.BiConsumer;

/**
 * Runs points of a scenario (each with the same replication seeds, so points are paired by
 * common random numbers), every replication of every point as one task on all cores. Each point's
 * summary has the single-run shape of its replication 0 plus the {@link Replications} block.
 */
public final class PointRunner {
    private final Path scenarioFile;
    private final List<ScenarioOverride> base;
    private final TraceLocator traces;
    private final int replications;
    private final DoubleAdder runSeconds = new DoubleAdder();

    public PointRunner(Path scenarioFile, List<ScenarioOverride> base, TraceLocator traces, int replications) {
        this.scenarioFile = scenarioFile;
        this.base = List.copyOf(base);
        this.traces = traces;
        this.replications = replications;
    }

    /** The scenario of a point: the file with the base overrides, then the point's; checked as a file is, targets included. */
    public Scenario scenario(Point point) {
        List<ScenarioOverride> all = new ArrayList<>(base);
        all.addAll(point.overrides());
        Scenario scenario = ScenarioOverrides.read(scenarioFile, all, traces);
        SummaryFigures.requireKnown(scenario.targets(), scenario);
        return scenario;
    }

    public int replications() {
        return replications;
    }

    public List<ScenarioOverride> base() {
        return base;
    }

    public Path scenarioFile() {
        return scenarioFile;
    }

    /** Wall time spent inside single simulations so far, summed over threads (s). */
    public double runSeconds() {
        return runSeconds.sum();
    }

    /**
     * Runs the points; tells {@code finished} of each point (on the calling thread) as soon as all
     * its replications are done, and returns the summaries in point order.
     */
    public List<Summary> run(List<Point> points, Progress progress, BiConsumer<Point, Summary> finished) {
        List<Scenario> scenarios = points.stream().map(this::scenario).toList();
        List<Callable<Summary>> tasks = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            Scenario scenario = scenarios.get(p);
            List<ScenarioOverride> overrides = new ArrayList<>(base);
            overrides.addAll(points.get(p).overrides());
            for (long seed : Replications.seeds(scenario.simulation().seed(), replications)) {
                tasks.add(() -> {
                    long start = System.nanoTime();
                    RunResult run = SimulationRun.run(scenario, seed);
                    runSeconds.add((System.nanoTime() - start) / 1e9);
                    return Summary.of(run, overrides);
                });
            }
        }
        progress.start(tasks.size());
        List<Summary> collected = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
        Map<Integer, Integer> done = new HashMap<>();
        List<Summary> out = new ArrayList<>(java.util.Collections.nCopies(points.size(), null));
        ParallelRuns.run(tasks, (index, summary) -> {
            progress.runFinished();
            collected.set(index, summary);
            int p = index / replications;
            if (done.merge(p, 1, Integer::sum) == replications) {
                List<Summary> replicas = collected.subList(p * replications, (p + 1) * replications);
                Summary pointSummary = Replications.summary(List.copyOf(replicas),
                    replicas.stream().map(r -> r.scenario().seed()).toList());
                out.set(p, pointSummary);
                finished.accept(points.get(p), pointSummary);
            }
        });
        return out;
    }
}
