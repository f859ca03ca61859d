package org.yrdsim.scenario.trace;

import java.util.List;
import java.util.Map;

/**
 * What a run made of a trace file, for the results: rows read, what they gave (requests, machines
 * or usage series), rows left out by a documented rule (by reason) and malformed rows (with the
 * first few, by line), so that no row goes missing without a word.
 *
 * @param stream         who read it: the trace stream's name (requests), the datacenter
 *                       {@code operator@site} (hosts) or the synthetic stream (CPU usage)
 * @param use            what the file was read for
 * @param format         its format, as scenarios name it
 * @param file           the file (or folder) read
 * @param rowsRead       data rows read (header and blank lines excluded)
 * @param produced       what the rows gave, in the unit of {@code use} (a task of many instances counts each)
 * @param skipped        rows or tasks left out by a documented rule, by reason
 * @param malformed      rows that break the format
 * @param firstMalformed the first few malformed rows, such as {@code "line 12: plan_cpu is empty"}
 * @param maxMalformed   the tolerance a replay was held to; null where none applies (hosts, CPU usage)
 * @param initialState   what a replay placed at its window start; null for hosts and CPU usage
 */
public record TraceProvenance(String stream, Use use, String format, String file, long rowsRead, long produced,
                              Map<String, Long> skipped, long malformed, List<String> firstMalformed,
                              MalformedLimit maxMalformed, InitialState initialState) {

    /** What a trace file is read for, by the scenario key that names it, and what one unit of its output is. */
    public enum Use {
        REQUESTS("requests", "requests"), HOSTS("hosts", "machines"), CPU_USAGE("cpuUsage", "usage series");

        private final String key;
        private final String unit;

        Use(String key, String unit) {
            this.key = key;
            this.unit = unit;
        }

        /** The scenario key, as summary.json writes it. */
        public String key() {
            return key;
        }

        /** What {@link #produced} counts. */
        public String unit() {
            return unit;
        }
    }

    /**
     * The cluster a replay starts from: the requests running at its window start (placed at time 0
     * with what remained of their lives), their cores, and a sentence saying what that means,
     * plainly so when the cell starts empty.
     */
    public record InitialState(long requests, double cores, String note) {
    }

    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
