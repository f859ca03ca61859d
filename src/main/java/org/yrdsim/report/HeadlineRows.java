package org.yrdsim.report;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.SummaryFigures;

import java.util.ArrayList;
import java.util.List;

/** The headline figures of one run as table rows: label, value (mean and interval when replicated). */
final class HeadlineRows {
    private HeadlineRows() {
    }

    static List<List<String>> of(ReplicatedFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        for (Figure h : SummaryFigures.HEADLINES) {
            figures.figure(h.key()).ifPresent(s -> rows.add(List.of(h.label(), Formats.stats(s, h), Integer.toString(s.n()))));
        }
        return rows;
    }

    static List<String> header(int runs) {
        return List.of("figure", runs > 1 ? "mean [95% confidence interval]" : "value", "runs");
    }
}
