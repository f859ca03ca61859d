package org.yrdsim.report;

import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.Replications;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes everything a finished run leaves in {@code results/<scenario name>/}. */
public final class RunReport {
    private RunReport() {
    }

    /** @return the folder written, and the summary that was put in it */
    public static Written write(RunResult run, Path resultsRoot) {
        return write(List.of(run), List.of(), resultsRoot);
    }

    /**
     * Writes a run given as its replications (one or more, replication 0 first) and the overrides
     * it was read with, in {@code results/<name>[--<overrides>]/}. With several replications the
     * summary gains the {@link Replications} block; the time series and charts show replication 0.
     */
    public static Written write(List<RunResult> replications, List<ScenarioOverride> overrides, Path resultsRoot) {
        RunResult first = replications.get(0);
        Summary summary = replications.size() == 1
            ? Summary.of(first, overrides)
            : Replications.summary(replications.stream().map(r -> Summary.of(r, overrides)).toList(),
                replications.stream().map(RunResult::seed).toList());
        String name = ResultNames.run(first.scenario().name(), overrides);
        try (StagedDirectory folder = new StagedDirectory(resultsRoot.resolve(name))) {
            SummaryJson.write(summary, folder.path());
            TimeseriesCsv.write(first, folder.path());
            List<Chart> charts = new ArrayList<>(RunCharts.write(first, folder.path()));
            charts.addAll(ClusterCharts.write(first, folder.path()));
            html(first, name, summary, replications.size()).charts(folder.path(), charts)
                .heading("About this run").facts(facts(first.scenario(), overrides, replications.size()))
                .write(folder.path());
            return new Written(folder.commit(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results in " + resultsRoot.resolve(name) + ": " + ResultsRoot.reason(e), e);
        }
    }

    public record Written(Path folder, Summary summary) {
    }

    /**
     * The page up to its charts: the scenario's question and the answer first, then the verdict on
     * its targets, then the headline figures.
     */
    private static HtmlReport html(RunResult run, String name, Summary summary, int replications) {
        Scenario s = run.scenario();
        HtmlReport report = new HtmlReport(name, s.description());
        report.heading(s.question().isEmpty() ? "What the run shows" : s.question()).list(ScenarioAnswer.lines(run, summary));
        s.simulation().scaleNote().ifPresent(note -> report.paragraph("Note: " + note));
        if (summary.verdict().targets().isEmpty()) {
            report.heading("Targets").paragraph("The scenario lists no targets (see targets: in docs/scenarios.md).");
        } else {
            report.heading("Targets: " + VerdictTable.sentence(summary.verdict()))
                .table(VerdictTable.header(summary.verdict()), VerdictTable.rows(summary.verdict()));
        }
        report.heading("Headline figures (cluster, after the warm-up)")
            .table(HeadlineRows.header(replications), HeadlineRows.of(ReplicatedFigures.from(summary)));
        if (summary.queue() != null) {
            report.heading("Waiting queue (requests of queueing streams, after the warm-up)")
                .table(QueueAccounts.HEADER, QueueAccounts.rows(summary.queue()));
        }
        if (CrossingRows.anyCrossed(summary.crossings())) {
            report.heading("Targets over time (the first day each changed from met to missed or back, after the warm-up)")
                .table(CrossingRows.header(summary.crossings()), CrossingRows.rows(summary.crossings()));
        }
        if (!run.traces().isEmpty()) {
            report.heading("Trace provenance (what each trace file gave, and every row left out)")
                .table(TraceAccounts.HEADER, run.traces().stream().map(TraceAccounts::row).toList());
        }
        return report.heading(replications > 1 ? "Charts (replication 0, the scenario's own seed)" : "Charts");
    }

    private static Map<String, Object> facts(Scenario s, List<ScenarioOverride> overrides, int replications) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("scenario file", s.sourceFile());
        facts.put("overrides", overrides.isEmpty() ? "none" : String.join(", ", overrides.stream().map(ScenarioOverride::toString).toList()));
        facts.put("seed", s.simulation().seed());
        facts.put("replications", replications);
        facts.put("host policy", s.placement().hostPolicy().spelling());
        facts.put("scale", s.simulation().scaleNote().orElse("1 (full size)"));
        return facts;
    }
}
