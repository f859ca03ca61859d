package org.yrdsim.report;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.Verdict;
import org.yrdsim.scenario.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict as a table for the report and the console: a row per scope (the cluster, then each
 * site and operator), a column per target, and in each cell the figure (with its interval when
 * replicated) and whether it meets the target's bound there.
 */
public final class VerdictTable {
    public static final String PASS = "pass";
    public static final String FAIL = "FAIL";

    private VerdictTable() {
    }

    /** The first column's title, then one per target: {@code pue <= 1.25} (plain ASCII, as a console may not show more). */
    public static List<String> header(Verdict verdict) {
        List<String> header = new ArrayList<>(List.of("scope"));
        for (Verdict.TargetVerdict t : verdict.targets()) {
            header.add(title(t));
        }
        return header;
    }

    public static List<List<String>> rows(Verdict verdict) {
        Set<String> seen = new LinkedHashSet<>();
        verdict.targets().forEach(t -> t.checks().forEach(c -> seen.add(c.scope())));
        // the cluster first, then sites, operators and datacenters, each in the order the summary has them
        List<String> scopes = seen.stream().sorted(Comparator.comparingInt(
            scope -> List.of("cluster", "site", "operator", "datacenter").indexOf(scope.split(":")[0]))).toList();
        List<List<String>> rows = new ArrayList<>();
        for (String scope : scopes) {
            List<String> row = new ArrayList<>(List.of(scope.replace(':', ' ')));
            for (Verdict.TargetVerdict t : verdict.targets()) {
                row.add(t.at(scope).map(VerdictTable::cell).orElse("-"));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * One sentence: how many targets the figures they name meet, and where a site or operator
     * falls short of a bound the cluster as a whole meets.
     */
    public static String sentence(Verdict verdict) {
        long met = verdict.targets().stream().filter(Verdict.TargetVerdict::met).count();
        List<String> shortOf = new ArrayList<>();
        for (Verdict.TargetVerdict t : verdict.targets()) {
            if (!t.met()) {
                continue;
            }
            t.checks().stream().filter(c -> !c.met()).forEach(c -> shortOf.add(c.scope().replace(':', ' ') + " (" + Figure.of(t.figure()).map(Figure::name).orElse(t.figure()) + ")"));
        }
        String text = Formats.text("%d of %d targets met%s", met, verdict.targets().size(),
            met == verdict.targets().size() ? "" : "; not met: " + String.join(", ", verdict.targets().stream()
                .filter(t -> !t.met()).map(VerdictTable::title).toList()));
        return shortOf.isEmpty() ? text + "." : text + "; met overall but not by " + String.join(", ", shortOf) + ".";
    }

    private static String cell(Verdict.Check c) {
        boolean share = Figure.isShare(c.figure());
        String value = Formats.value(c.value(), share);
        if (c.ciLow() != null) {
            value += " [" + Formats.value(c.ciLow(), share) + ", " + Formats.value(c.ciHigh(), share) + "]";
        }
        return value + (c.figure().endsWith("Ms") ? " ms " : " ") + (c.met() ? PASS : FAIL);
    }

    /** A target as a column title: the figure's name, as every table names it, and the bound in its unit. */
    static String title(Verdict.TargetVerdict t) {
        return title(t.asTarget());
    }

    /** A target as every table heads it: the figure's name and the bound in its unit ({@code rack utilisation >= 65%}). */
    static String title(Target target) {
        boolean share = Figure.isShare(target.figure());
        String bound = share ? Formats.plain(100 * target.bound()) + "%"
            : Formats.plain(target.bound()) + (target.figure().endsWith("Ms") ? " ms" : "");
        return Figure.of(target.figure()).map(Figure::name).orElse(target.figure()) + " " + target.operator() + " " + bound;
    }
}
