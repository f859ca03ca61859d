package org.yrdsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the targets whose crossings a run reports, as {@code plan --target} takes them
 * ({@code rackUtilisation>=65%}), on the figures that can be read day by day from a run's time
 * series. They are kept as written; the metrics read them as targets.
 */
public final class CrossingReader {
    /** The figures a crossing target may name, as in summary.json (the levels also with their {@code .mean}). */
    public static final List<String> FIGURES = List.of("rackUtilisation", "allocatedCpu", "allocatedMemory", "usedCpu", "pue",
        "rejectionRate");
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z.]+)\\s*(<=|>=|<|>)\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?%?\\s*");

    private CrossingReader() {
    }

    /** {@code crossings: ["rackUtilisation>=65%", "pue<=1.25"]}: targets whose first crossing day is reported. */
    static List<String> targets(ScenarioNode root) {
        List<String> targets = new ArrayList<>();
        for (ScenarioNode item : root.list("crossings", true)) {
            String text = item.value().isValueNode() ? item.value().asText() : "";
            var m = FORM.matcher(text);
            if (!m.matches()) {
                throw item.error("'" + text + "' is not a target: expected FIGURE>=NUMBER (or <=, <, >), such as rackUtilisation>=65%");
            }
            String figure = m.group(1).endsWith(".mean") ? m.group(1).substring(0, m.group(1).length() - ".mean".length()) : m.group(1);
            if (!FIGURES.contains(figure) || m.group(1).endsWith(".mean") && List.of("pue", "rejectionRate").contains(figure)) {
                throw item.error("no daily figure '" + m.group(1) + "' (known: " + String.join(", ", FIGURES) + ")");
            }
            targets.add(text.strip());
        }
        return List.copyOf(targets);
    }
}
