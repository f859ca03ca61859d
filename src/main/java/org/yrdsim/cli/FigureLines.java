package org.yrdsim.cli;

import org.yrdsim.metrics.Headline;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.report.Formats;

import java.io.PrintWriter;

/** The headline figures of a run, one per line, with their intervals when replicated. */
final class FigureLines {
    private FigureLines() {
    }

    static void print(PrintWriter out, ReplicatedFigures figures) {
        for (Headline h : Headline.ALL) {
            figures.figure(h.figure()).ifPresent(s -> out.printf("  %-26s %s%n", h.label(), Formats.stats(s, h)));
        }
    }
}
