package org.yrdsim.report;

import org.yrdsim.scenario.trace.TraceProvenance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The provenance of each trace file in words: one console line, or one row of the report's table. */
public final class TraceAccounts {
    public static final List<String> HEADER = List.of("trace file", "read for", "rows read", "gave", "skipped (why)",
        "malformed (first lines)", "start");

    private TraceAccounts() {
    }

    /**
     * For example {@code trace batch (tasks.csv, alibaba-2017-batch-task): 11 rows read, 14 requests; 1 skipped
     * (status Running 1); 3 malformed, at most 3 allowed (line 7: ...); the cell starts empty: ...}.
     */
    public static String line(TraceProvenance t) {
        String start = t.initialState() == null ? "" : "; " + t.initialState().note();
        return "%s (%s, %s): %d rows read, %d %s; %s; %s%s".formatted(readFor(t), fileName(t), t.format(), t.rowsRead(),
            t.produced(), t.use().unit(), skipped(t), malformed(t), start);
    }

    public static List<String> row(TraceProvenance t) {
        return List.of(fileName(t) + " (" + t.format() + ")", readFor(t), Long.toString(t.rowsRead()),
            t.produced() + " " + t.use().unit(), skipped(t), malformed(t), t.initialState() == null ? "" : t.initialState().note());
    }

    private static String readFor(TraceProvenance t) {
        return switch (t.use()) {
            case REQUESTS -> "trace " + t.stream();
            case HOSTS -> "hosts of " + t.stream();
            case CPU_USAGE -> "CPU usage of " + t.stream();
        };
    }

    private static String skipped(TraceProvenance t) {
        return t.skipped().isEmpty() ? "none skipped" : t.skippedRows() + " skipped (" + reasons(t.skipped()) + ")";
    }

    private static String malformed(TraceProvenance t) {
        if (t.malformed() == 0) {
            return "none malformed";
        }
        String tolerance = t.maxMalformed() == null ? "left out" : "at most " + t.maxMalformed() + " allowed";
        return "%d malformed, %s (%s%s)".formatted(t.malformed(), tolerance, String.join("; ", t.firstMalformed()),
            t.malformed() > t.firstMalformed().size() ? "; ..." : "");
    }

    private static String reasons(Map<String, Long> skipped) {
        return skipped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String fileName(TraceProvenance t) {
        return Path.of(t.file()).getFileName().toString();
    }
}
