package org.yrdsim.report;

import org.yrdsim.BadInputException;
import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.SummaryFigures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code results/compare-<names>/}: finished runs side by side. Overlaid time series, bar charts
 * of the headline figures with confidence intervals, and a table of the cluster figures with each
 * run's difference to the first and, where the two runs used the same replication seeds (common
 * random numbers), whether the paired difference is significant. compare.csv holds every figure
 * by its key; compare.md and report.html name them as every report does, and leave out the
 * figures that are 0 in every run, saying how many.
 */
public final class CompareReport {
    public static final String CSV = "compare.csv";
    public static final String MARKDOWN = "compare.md";

    private CompareReport() {
    }

    /** Reads the runs from their folders (checking their schema versions) and writes the comparison. */
    public static Path write(List<Path> runFolders, Path resultsRoot) {
        if (runFolders.size() < 2) {
            throw new BadInputException("compare needs at least two results folders");
        }
        List<FinishedRun> runs = runFolders.stream().map(FinishedRun::read).toList();
        Set<String> names = new HashSet<>();
        for (FinishedRun run : runs) {
            if (!names.add(run.name())) {
                throw new BadInputException("the results folder '" + run.name() + "' is given twice");
            }
        }
        String name = ResultNames.shorten("compare-" + String.join("-vs-", runs.stream().map(FinishedRun::name).toList()));
        try (StagedDirectory folder = new StagedDirectory(resultsRoot.resolve(name))) {
            List<Chart> charts = new ArrayList<>(ComparisonCharts.timeSeries(runs, folder.path()));
            for (Figure h : SummaryFigures.HEADLINES) {
                Map<String, FigureStats> byRun = new LinkedHashMap<>();
                runs.forEach(r -> r.figures().figure(h.key()).ifPresent(s -> byRun.put(r.name(), s)));
                if (byRun.size() == runs.size()) {
                    charts.add(ComparisonCharts.bars(h, byRun, folder.path()));
                }
            }
            List<String> figures = figureNames(runs);
            TableFiles.csv(folder.path().resolve(CSV), CSV_HEADER, csvRows(runs, figures));
            List<String> shown = figures.stream().filter(f -> !zeroInEveryRun(runs, f)).toList();
            List<String> header = markdownHeader(runs);
            List<List<String>> rows = markdownRows(runs, shown);
            String reading = "Cluster figures after the warm-up. Δ is the difference to the first run, in percentage points (pp) "
                + "for shares" + (anyPaired(runs) ? "; * marks a paired difference whose 95% interval excludes 0." : ".");
            String leftOut = leftOut(figures.size() - shown.size());
            TableFiles.markdown(folder.path().resolve(MARKDOWN), "Comparison: " + name, List.of(reading, leftOut), header, rows);
            new HtmlReport(name, "Comparison of " + String.join(", ", runs.stream().map(FinishedRun::name).toList()))
                .facts(descriptions(runs))
                .heading("Figures")
                .paragraph(reading)
                .paragraph(leftOut)
                .table(header, rows)
                .heading("Charts")
                .charts(folder.path(), charts)
                .write(folder.path());
            return folder.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison in " + resultsRoot.resolve(name) + ": " + ResultsRoot.reason(e), e);
        }
    }

    private static final List<String> CSV_HEADER = List.of("figure", "run", "mean", "sd", "ci_low", "ci_high", "n",
        "diff_to_first", "diff_ci_low", "diff_ci_high", "paired", "significant");

    /** Cluster figures present in every run, in the first run's order. */
    private static List<String> figureNames(List<FinishedRun> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.get(0).figures().figures().keySet().stream().filter(SummaryFigures::isClusterFigure).forEach(names::add);
        runs.forEach(r -> names.retainAll(r.figures().figures().keySet()));
        return List.copyOf(names);
    }

    private static List<List<String>> csvRows(List<FinishedRun> runs, List<String> figures) {
        ReplicatedFigures base = runs.get(0).figures();
        List<List<String>> rows = new ArrayList<>();
        for (String figure : figures) {
            for (FinishedRun run : runs) {
                FigureStats s = run.figures().figures().get(figure);
                double diff = s.mean() - base.figures().get(figure).mean();
                Optional<FigureStats> paired = run == runs.get(0) ? Optional.empty() : run.figures().pairedDifference(base, figure);
                rows.add(List.of(figure, run.name(), Formats.csv(s.mean()), Formats.csv(s.sd()), Formats.csv(s.ciLow()),
                    Formats.csv(s.ciHigh()), Integer.toString(s.n()), Formats.csv(diff),
                    paired.map(d -> Formats.csv(d.ciLow())).orElse(""), paired.map(d -> Formats.csv(d.ciHigh())).orElse(""),
                    Boolean.toString(paired.isPresent()), paired.map(d -> Boolean.toString(d.excludesZero())).orElse("")));
            }
        }
        return rows;
    }

    /** Whether a figure is 0 in every replication of every run: a row that would say nothing. */
    static boolean zeroInEveryRun(List<FinishedRun> runs, String figure) {
        return runs.stream().allMatch(r -> Arrays.stream(r.figures().figures().get(figure).values()).allMatch(v -> v == 0));
    }

    private static String leftOut(int zeroRows) {
        return zeroRows == 0 ? "Every figure is shown."
            : "%d figure%s that %s 0 in every run %s left out (compare.csv has every figure).".formatted(zeroRows,
                zeroRows == 1 ? "" : "s", zeroRows == 1 ? "is" : "are", zeroRows == 1 ? "is" : "are");
    }

    /** Run names head their columns; each difference column follows its run's. */
    private static List<String> markdownHeader(List<FinishedRun> runs) {
        List<String> header = new ArrayList<>(List.of("figure", runs.get(0).name()));
        for (FinishedRun run : runs.subList(1, runs.size())) {
            header.add(run.name());
            header.add("Δ");
        }
        return header;
    }

    private static List<List<String>> markdownRows(List<FinishedRun> runs, List<String> figures) {
        ReplicatedFigures base = runs.get(0).figures();
        List<List<String>> rows = new ArrayList<>();
        for (String figure : figures) {
            Figure f = Figure.named(figure);
            boolean share = f.share();
            List<String> row = new ArrayList<>(List.of(f.label(), Formats.stats(base.figures().get(figure), share)));
            for (FinishedRun run : runs.subList(1, runs.size())) {
                FigureStats s = run.figures().figures().get(figure);
                row.add(Formats.stats(s, share));
                row.add(run.figures().pairedDifference(base, figure)
                    .map(d -> Formats.difference(d.mean(), share) + " [" + Formats.difference(d.ciLow(), share) + ", "
                        + Formats.difference(d.ciHigh(), share) + "]" + (d.excludesZero() ? " *" : ""))
                    .orElse(Formats.difference(s.mean() - base.figures().get(figure).mean(), share)
                        + (base.seeds().size() > 1 ? " (not paired)" : "")));
            }
            rows.add(row);
        }
        return rows;
    }

    private static boolean anyPaired(List<FinishedRun> runs) {
        return runs.stream().skip(1).anyMatch(r -> r.figures().pairedWith(runs.get(0).figures()));
    }

    private static Map<String, String> descriptions(List<FinishedRun> runs) {
        Map<String, String> out = new LinkedHashMap<>();
        runs.forEach(r -> out.put(r.name(), r.description()));
        return out;
    }
}
