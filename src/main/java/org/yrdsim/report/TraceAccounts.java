package org.yrdsim.report;

import org.yrdsim.workload.TraceProvenance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The provenance of each trace stream in words: one console line, or one row of the report's table. */
public final class TraceAccounts {
    public static final List<String> HEADER = List.of("trace stream", "file", "rows read", "requests", "skipped (why)",
        "malformed (first lines)");

    private TraceAccounts() {
    }

    /** For example {@code trace batch (tasks.csv, alibaba-2017-batch-task): 11 rows read, 14 requests; 1 skipped (status Running 1); 3 malformed, at most 3 allowed (line 7: ...)}. */
    public static String line(TraceProvenance t) {
        return "trace %s (%s, %s): %d rows read, %d requests; %s; %s".formatted(t.stream(), fileName(t), t.format(), t.rowsRead(),
            t.requests(), skipped(t), malformed(t));
    }

    public static List<String> row(TraceProvenance t) {
        return List.of(t.stream(), fileName(t) + " (" + t.format() + ")", Long.toString(t.rowsRead()), Long.toString(t.requests()),
            skipped(t), malformed(t));
    }

    private static String skipped(TraceProvenance t) {
        return t.skipped().isEmpty() ? "none skipped" : t.skippedRows() + " skipped (" + reasons(t.skipped()) + ")";
    }

    private static String malformed(TraceProvenance t) {
        return t.malformed() == 0 ? "none malformed"
            : "%d malformed, at most %s allowed (%s%s)".formatted(t.malformed(), t.maxMalformed(), String.join("; ", t.firstMalformed()),
                t.malformed() > t.firstMalformed().size() ? "; ..." : "");
    }

    private static String reasons(Map<String, Long> skipped) {
        return skipped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String fileName(TraceProvenance t) {
        return Path.of(t.file()).getFileName().toString();
    }
}
