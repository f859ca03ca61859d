package org.yrdsim.report;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.scenario.Target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results/<scenario>-plan-<key>/}: the answer of a capacity search and its evidence: every value
 * tried with its figures, intervals and verdicts (plan.md, plan.csv), a chart of each target's
 * figure against the value with its confidence band and the bound, and report.html.
 */
public final class PlanReport {
    public static final String CSV = "plan.csv";
    public static final String MARKDOWN = "plan.md";

    /** One value tried, in the order tried. */
    public record Tried(BigDecimal value, ReplicatedFigures figures, List<Boolean> met) {
    }

    /** The search and its outcome. */
    public record Plan(String name, String description, List<String> identity, String keyPath, List<Target> targets, String answer,
                       String reason, List<Tried> tried, Map<String, Object> facts) {
    }

    private PlanReport() {
    }

    public static Path write(Plan plan, Path resultsRoot) {
        try (StagedDirectory folder = new StagedDirectory(resultsRoot.resolve(plan.name()))) {
            Path staged = folder.path();
            StudyFolder.write(staged, plan.identity());
            List<String> header = header(plan);
            List<List<String>> rows = rows(plan);
            TableFiles.csv(staged.resolve(CSV), List.of("order", plan.keyPath(), "target", "figure", "mean", "ci_low",
                "ci_high", "n", "met"), csvRows(plan));
            TableFiles.markdown(staged.resolve(MARKDOWN), "Plan: " + plan.name() + " — " + plan.answer()
                + " (" + plan.reason() + ")", header, rows);
            List<Chart> charts = new ArrayList<>();
            for (int t = 0; t < plan.targets().size(); t++) {
                charts.add(chart(plan, plan.targets().get(t), t, staged));
            }
            new HtmlReport(plan.name(), plan.description())
                .facts(plan.facts())
                .heading("Answer")
                .paragraph(plan.answer() + " (" + plan.reason() + ")")
                .heading("Evidence: every value tried, in the order tried (" + Formats.statsKind(runs(plan)) + ")")
                .table(header, rows)
                .heading("Charts (red line: the target)")
                .charts(staged, charts)
                .write(staged);
            return folder.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan in " + resultsRoot.resolve(plan.name()) + ": " + ResultsRoot.reason(e), e);
        }
    }

    /** Replications per value tried, as the figures of the first value tried record them. */
    private static int runs(Plan plan) {
        return plan.tried().isEmpty() ? 1 : plan.tried().get(0).figures().seeds().size();
    }

    private static List<String> header(Plan plan) {
        List<String> header = new ArrayList<>(List.of("#", plan.keyPath()));
        plan.targets().forEach(t -> header.add(t.toString()));
        header.add("all met");
        return header;
    }

    private static List<List<String>> rows(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < plan.tried().size(); i++) {
            Tried tried = plan.tried().get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), tried.value().toPlainString()));
            for (int t = 0; t < plan.targets().size(); t++) {
                Target target = plan.targets().get(t);
                FigureStats s = tried.figures().figures().get(target.figure());
                row.add(Formats.stats(s, Figure.isShare(target.figure())) + (tried.met().get(t) ? " met" : " not met"));
            }
            row.add(tried.met().contains(false) ? "no" : "yes");
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> csvRows(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < plan.tried().size(); i++) {
            Tried tried = plan.tried().get(i);
            for (int t = 0; t < plan.targets().size(); t++) {
                Target target = plan.targets().get(t);
                FigureStats s = tried.figures().figures().get(target.figure());
                rows.add(List.of(Integer.toString(i + 1), tried.value().toPlainString(), target.toString(), target.figure(),
                    Formats.csv(s.mean()), Formats.csv(s.ciLow()), Formats.csv(s.ciHigh()), Integer.toString(s.n()),
                    Boolean.toString(tried.met().get(t))));
            }
        }
        return rows;
    }

    private static Chart chart(Plan plan, Target target, int index, Path folder) throws IOException {
        Map<Double, FigureStats> points = new LinkedHashMap<>();
        plan.tried().stream().sorted(Comparator.comparing(Tried::value))
            .forEach(t -> points.put(t.value().doubleValue(), t.figures().figures().get(target.figure())));
        Figure h = Figure.named(target.figure());
        String file = "plan-target-" + (index + 1) + "-" + h.slug() + ".png";
        StudyCharts.curves(h, plan.keyPath(), null, List.of(new StudyCharts.Curve(target.toString(), points)),
            target.bound(), folder.resolve(file));
        return new Chart(file, h.label() + " at each value of " + plan.keyPath() + " tried, with its 95% confidence interval where "
            + "there are replications, and the target " + target + " as a red line.");
    }
}
