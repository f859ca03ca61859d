package org.yrdsim.report;

import org.yrdsim.metrics.TargetCrossing;
import org.yrdsim.scenario.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crossings of a run as a table: one row per scope (cluster, sites, operators), one column per
 * target, each cell saying from which day the target was met or missed ("-" where the figure does
 * not apply, as a site's rejection rate: requests belong to operators).
 */
public final class CrossingRows {
    private CrossingRows() {
    }

    public static List<String> header(List<TargetCrossing> crossings) {
        List<String> header = new ArrayList<>(List.of("first crossed"));
        targets(crossings).forEach(t -> header.add(VerdictTable.title(Target.parse(t))));
        return header;
    }

    /** Whether any target changed state after the first measured day: else the table says nothing a verdict does not. */
    public static boolean anyCrossed(List<TargetCrossing> crossings) {
        return crossings.stream().anyMatch(c -> c.firstCrossedDay() != null);
    }

    public static List<List<String>> rows(List<TargetCrossing> crossings) {
        List<String> targets = List.copyOf(targets(crossings));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (TargetCrossing c : crossings) {
            List<String> row = rows.computeIfAbsent(c.scope(), scope -> {
                List<String> cells = new ArrayList<>(List.of(scope.replace(':', ' ')));
                targets.forEach(t -> cells.add("-"));
                return cells;
            });
            row.set(1 + targets.indexOf(c.target()), c.words());
        }
        return List.copyOf(rows.values());
    }

    private static Set<String> targets(List<TargetCrossing> crossings) {
        Set<String> targets = new LinkedHashSet<>();
        crossings.forEach(c -> targets.add(c.target()));
        return targets;
    }
}
