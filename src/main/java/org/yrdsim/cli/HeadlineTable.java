package org.yrdsim.cli;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.report.Formats;
import org.yrdsim.report.QueueAccounts;
import org.yrdsim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The short console table of a run's headline figures, each under the name every other output gives it. */
final class HeadlineTable {
    /** The columns: figures every scope has, for the cluster, each site and each operator. */
    static final List<Figure> COLUMNS = figures("allocatedCpu.mean", "usedCpu.mean", "rackUtilisation.mean", "rejectionRate",
        "itEnergyKwh");
    /** The cluster's figures on the line below the table. */
    static final List<Figure> CLUSTER_LINE = figures("facilityEnergyKwh", "pue", "carbonTonnes", "costYuan", "peakConcurrentVms");
    private static final Figure ARRIVALS = Figure.named("arrivals");

    private HeadlineTable() {
    }

    static void print(PrintWriter out, Scenario scenario, Summary summary) {
        Map<String, Double> figures = SummaryFigures.flatten(summary);
        out.printf("%s: %s %s%n", scenario.name(), Formats.value(figures.get(ARRIVALS.key()), false), ARRIVALS.name());
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("cluster", "");
        summary.sites().keySet().forEach(name -> rows.put("site " + name, "sites." + name + "."));
        summary.operators().keySet().forEach(name -> rows.put("operator " + name, "operators." + name + "."));
        int first = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> header = new ArrayList<>(List.of(" ".repeat(first)));
        COLUMNS.forEach(f -> header.add(f.label()));
        out.println(String.join("  ", header));
        rows.forEach((label, prefix) -> {
            List<String> cells = new ArrayList<>(List.of(("%-" + first + "s").formatted(label)));
            for (Figure f : COLUMNS) {
                Double value = figures.get(prefix + f.key());
                cells.add(("%" + f.label().length() + "s").formatted(value == null ? "-" : Formats.value(value, f.share())));
            }
            out.println(String.join("  ", cells));
        });
        out.println(CLUSTER_LINE.stream().map(f -> f.name() + " " + Formats.value(figures.get(f.key()), f.share())
            + (f.share() || f.unit() == Figure.Unit.NUMBER ? "" : " " + f.unit().symbol())).collect(Collectors.joining(", ")));
        if (summary.queue() != null) {
            QueueAccounts.lines(summary.queue()).forEach(out::println);
        }
        scenario.simulation().scaleNote().ifPresent(note -> out.println("note: " + note));
    }

    private static List<Figure> figures(String... keys) {
        return Arrays.stream(keys).map(Figure::named).toList();
    }
}
