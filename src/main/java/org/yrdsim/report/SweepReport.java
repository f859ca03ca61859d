package org.yrdsim.report;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.scenario.Variation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results/<scenario>-sweep-<keys>/}: a table with one row per point (each headline figure's mean and
 * 95% interval), a chart of each headline figure against the first numeric varied parameter
 * (else the first) with confidence bands (one curve per combination of the others), a heat map per headline figure when two
 * parameters vary, the point files, and report.html.
 */
public final class SweepReport {
    public static final String CSV = "sweep.csv";
    public static final String MARKDOWN = "sweep.md";

    /**
     * What the sweep was: its folder name, description, identity ({@link StudyFolder}), variations,
     * and per point its file key, values and summary.
     */
    public record Study(String name, String description, List<String> identity, List<Variation> variations, List<String> pointKeys,
                        List<List<String>> pointValues,
                        List<Summary> summaries, int replications, Map<String, Object> facts) {
    }

    private SweepReport() {
    }

    /** The folder the sweep writes, where its point files gather while it runs. */
    public static Path folder(Path resultsRoot, String name) {
        return resultsRoot.resolve(name);
    }

    public static Path write(Study study, Path resultsRoot) {
        PointFiles points = new PointFiles(folder(resultsRoot, study.name()));
        try (StagedDirectory folder = new StagedDirectory(folder(resultsRoot, study.name()))) {
            Path staged = folder.path();
            StudyFolder.write(staged, study.identity());
            Files.createDirectories(staged.resolve(PointFiles.FOLDER));
            for (String key : study.pointKeys()) {
                Files.copy(points.file(key), new PointFiles(staged).file(key));
            }
            List<ReplicatedFigures> figures = study.summaries().stream().map(ReplicatedFigures::from).toList();
            List<String> header = header(study);
            TableFiles.csv(staged.resolve(CSV), csvHeader(study), csvRows(study, figures));
            List<List<String>> rows = rows(study, figures);
            TableFiles.markdown(staged.resolve(MARKDOWN), "Sweep: " + study.name(), header, rows);
            List<Chart> charts = charts(study, figures, staged);
            int keys = study.variations().size();
            List<List<String>> shown = new ArrayList<>(List.of(header));
            shown.addAll(rows);
            if (rows.size() < header.size() - keys) {
                shown = pointsAcross(header, rows, keys);
            }
            new HtmlReport(study.name(), study.description())
                .facts(study.facts())
                .heading("Points (" + Formats.statsKind(study.replications()) + ")")
                .table(shown.get(0), shown.subList(1, shown.size()))
                .heading("Charts")
                .charts(staged, charts)
                .write(staged);
            return folder.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep in " + folder(resultsRoot, study.name()) + ": " + ResultsRoot.reason(e), e);
        }
    }

    private static List<String> header(Study study) {
        List<String> header = new ArrayList<>(study.variations().stream().map(Variation::keyPath).toList());
        SummaryFigures.HEADLINES.forEach(h -> header.add(h.label()));
        return header;
    }

    private static List<String> csvHeader(Study study) {
        List<String> header = new ArrayList<>(study.variations().stream().map(Variation::keyPath).toList());
        for (Figure h : SummaryFigures.HEADLINES) {
            header.addAll(List.of(h.key() + ".mean", h.key() + ".ci_low", h.key() + ".ci_high", h.key() + ".n"));
        }
        return header;
    }

    private static List<List<String>> csvRows(Study study, List<ReplicatedFigures> figures) {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < figures.size(); p++) {
            List<String> row = new ArrayList<>(study.pointValues().get(p));
            for (Figure h : SummaryFigures.HEADLINES) {
                FigureStats s = figures.get(p).figures().get(h.key());
                row.addAll(s == null ? List.of("", "", "", "") : List.of(Formats.csv(s.mean()), Formats.csv(s.ciLow()),
                    Formats.csv(s.ciHigh()), Integer.toString(s.n())));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> rows(Study study, List<ReplicatedFigures> figures) {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < figures.size(); p++) {
            List<String> row = new ArrayList<>(study.pointValues().get(p));
            for (Figure h : SummaryFigures.HEADLINES) {
                row.add(figures.get(p).figure(h.key()).map(s -> Formats.stats(s, h)).orElse("-"));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Chart> charts(Study study, List<ReplicatedFigures> figures, Path folder) throws IOException {
        List<Chart> charts = new ArrayList<>();
        List<Variation> vs = study.variations();
        int xi = vs.stream().filter(Variation::numeric).findFirst().map(vs::indexOf).orElse(0);
        Variation x = vs.get(xi);
        String[] xLabels = x.numeric() ? null : x.values().toArray(String[]::new);
        for (Figure h : SummaryFigures.HEADLINES) {
            Map<String, StudyCharts.Curve> curves = new LinkedHashMap<>();
            for (int p = 0; p < figures.size(); p++) {
                List<String> values = study.pointValues().get(p);
                FigureStats s = figures.get(p).figures().get(h.key());
                if (s == null) {
                    continue;
                }
                String others = others(study, values, xi);
                double xPos = x.numeric() ? Double.parseDouble(values.get(xi)) : x.values().indexOf(values.get(xi));
                curves.computeIfAbsent(others, k -> new StudyCharts.Curve(k.isEmpty() ? h.label() : k, new LinkedHashMap<>()))
                    .points().put(xPos, s);
            }
            String file = "sweep-" + h.slug() + ".png";
            StudyCharts.curves(h, x.keyPath(), xLabels, List.copyOf(curves.values()), Double.NaN, folder.resolve(file));
            charts.add(new Chart(file, "The cluster's " + h.label() + " at each value of " + x.keyPath()
                + (study.replications() > 1 ? ", with its 95% confidence interval" : "")
                + (curves.size() > 1 ? "; one " + (x.numeric() ? "curve" : "series") + " per value of the other parameters." : ".")));
        }
        if (vs.size() == 2) {
            int yi = 1 - xi;
            Variation y = vs.get(yi);
            for (Figure h : SummaryFigures.HEADLINES) {
                double[][] means = new double[x.values().size()][y.values().size()];
                for (int p = 0; p < figures.size(); p++) {
                    List<String> values = study.pointValues().get(p);
                    means[x.values().indexOf(values.get(xi))][y.values().indexOf(values.get(yi))] =
                        figures.get(p).figure(h.key()).map(FigureStats::mean).orElse(Double.NaN);
                }
                String file = "heatmap-" + h.slug() + ".png";
                StudyCharts.heatMap(h, x.keyPath(), x.values(), y.keyPath(), y.values(), means, folder.resolve(file));
                charts.add(new Chart(file, "The cluster's " + h.label() + " (mean of the replications) at each pair of values of "
                    + x.keyPath() + " and " + y.keyPath() + "."));
            }
        }
        return charts;
    }

    /** The label of a point's curve: the values of every parameter but the one on the x axis. */
    private static String others(Study study, List<String> values, int xi) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (i != xi) {
                parts.add(study.variations().get(i).label() + "=" + values.get(i));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The points table turned so that each point is a column and each figure a row, with the
     * header first: a sweep of a few points over many figures then fits a window instead of
     * squeezing every figure's name into a narrow column.
     */
    static List<List<String>> pointsAcross(List<String> header, List<List<String>> rows, int keys) {
        List<List<String>> turned = new ArrayList<>();
        List<String> points = new ArrayList<>(List.of("figure"));
        rows.forEach(row -> points.add(String.join(", ", row.subList(0, keys))));
        turned.add(points);
        for (int c = keys; c < header.size(); c++) {
            List<String> figure = new ArrayList<>(List.of(header.get(c)));
            for (List<String> row : rows) {
                figure.add(row.get(c));
            }
            turned.add(figure);
        }
        return turned;
    }
}
