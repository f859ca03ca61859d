package org.yrdsim.cli;

import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.report.Formats;

import java.io.PrintWriter;

/** The headline figures of a run, one per line, with their intervals when replicated. */
final class FigureLines {
    private FigureLines() {
    }

    static void print(PrintWriter out, ReplicatedFigures figures) {
        for (Figure h : SummaryFigures.HEADLINES) {
            figures.figure(h.key()).ifPresent(s -> out.printf("  %-26s %s%n", h.label(), Formats.stats(s, h)));
        }
    }
}
