package org.yrdsim.report;

import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes everything a finished run leaves in {@code results/<scenario name>/}. */
public final class RunReport {
    private RunReport() {
    }

    /** @return the folder written, and the summary that was put in it */
    public static Written write(RunResult run, Path resultsRoot) {
        Map<String, Object> summary = Summary.of(run, facts(run));
        try (StagedDirectory folder = new StagedDirectory(resultsRoot.resolve(run.scenario().name()))) {
            SummaryJson.write(summary, folder.path());
            TimeseriesCsv.write(run, folder.path());
            RunCharts.write(run, folder.path());
            return new Written(folder.commit(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
        }
    }

    public record Written(Path folder, Map<String, Object> summary) {
    }

    private static Map<String, Object> facts(RunResult run) {
        Scenario s = run.scenario();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", s.name());
        facts.put("description", s.description());
        facts.put("file", s.sourceFile());
        facts.put("seed", run.seed());
        facts.put("scale", s.simulation().scale());
        facts.put("durationS", s.simulation().duration());
        facts.put("sampleIntervalS", s.simulation().sampleInterval());
        facts.put("warmupS", s.simulation().warmup());
        facts.put("hostPolicy", s.placement().hostPolicy().spelling());
        facts.put("agreements", s.agreements().size());
        return facts;
    }
}
