package org.yrdsim.cli;

import org.yrdsim.metrics.Summary;
import org.yrdsim.report.CrossingRows;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The console table of when each site and operator first crossed each target; a line when none did, nothing when no target is read daily. */
final class CrossingTable {
    private CrossingTable() {
    }

    static void print(PrintWriter out, Summary summary) {
        if (summary.crossings().isEmpty()) {
            return;
        }
        if (!CrossingRows.anyCrossed(summary.crossings())) {
            out.println("targets day by day: none changed from met to missed or back after the warm-up");
            return;
        }
        List<String> header = CrossingRows.header(summary.crossings());
        List<List<String>> rows = CrossingRows.rows(summary.crossings());
        int[] widths = new int[header.size()];
        for (List<String> row : concat(header, rows)) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : concat(header, rows)) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", row.get(c)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>(List.of(header));
        all.addAll(rows);
        return all;
    }
}
