package org.yrdsim.cli;

import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.Verdict;
import org.yrdsim.report.ScenarioAnswer;
import org.yrdsim.report.VerdictTable;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What a run prints first: the scenario's question and the answer, then the verdict on its targets as a table. */
final class AnswerLines {
    private static final int WIDTH = 100;

    private AnswerLines() {
    }

    static void print(PrintWriter out, RunResult run, Summary summary) {
        String question = run.scenario().question();
        out.println(question.isEmpty() ? run.scenario().name() + ":" : run.scenario().name() + ": " + question);
        ScenarioAnswer.lines(run, summary).forEach(line -> wrap(out, line));
        Verdict verdict = summary.verdict();
        if (verdict.targets().isEmpty()) {
            return;
        }
        out.println("targets: " + VerdictTable.sentence(verdict));
        List<List<String>> table = new ArrayList<>();
        table.add(VerdictTable.header(verdict));
        table.addAll(VerdictTable.rows(verdict));
        int[] widths = new int[table.get(0).size()];
        table.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s");
            }
            out.println(line.toString().formatted(row.toArray()).stripTrailing());
        }
    }

    /** A sentence as a bulleted paragraph of lines at most {@value #WIDTH} wide. */
    private static void wrap(PrintWriter out, String sentence) {
        StringBuilder line = new StringBuilder("  -");
        for (String word : sentence.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > 4) {
                out.println(line);
                line = new StringBuilder("   ");
            }
            line.append(' ').append(word);
        }
        out.println(line);
    }
}
