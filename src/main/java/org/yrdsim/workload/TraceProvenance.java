package org.yrdsim.workload;

import org.yrdsim.scenario.trace.MalformedLimit;

import java.util.List;
import java.util.Map;

/**
 * What a replay made of its trace file, for the results: rows read, requests produced, rows left
 * out by a documented rule (by reason) and malformed rows (with the first few, by line), so that
 * no row goes missing without a word.
 *
 * @param stream         the trace stream's name in the scenario
 * @param format         its format, as scenarios name it
 * @param file           the file read
 * @param rowsRead       data rows read (header and blank lines excluded)
 * @param requests       requests produced (a task of many instances counts each)
 * @param skipped        rows or tasks left out by a documented rule, by reason
 * @param malformed      rows that break the format
 * @param firstMalformed the first few malformed rows, such as {@code "line 12: plan_cpu is empty"}
 * @param maxMalformed   the tolerance the replay was held to
 */
public record TraceProvenance(String stream, String format, String file, long rowsRead, long requests,
                              Map<String, Long> skipped, long malformed, List<String> firstMalformed,
                              MalformedLimit maxMalformed) {
    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
