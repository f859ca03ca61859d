package org.yrdsim.workload.trace;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader did with the rows of its file: how many it read and turned into output, and for
 * every row it did not use, why (skipped by a documented rule, outside the window, sampled out,
 * or malformed). Counts grow while reading; they are final once the source is exhausted.
 */
public final class TraceReport {
    /** The reason counted for requests running at the window start of a replay without its initial state. */
    static final String LEFT_OUT_AT_START = "running at the window start (initialState: false)";

    private long rowsRead;
    private long produced;
    private long runningAtStart;
    private long runningAtStartMilliCores;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final MalformedRows malformed = new MalformedRows();

    void rowRead() {
        rowsRead++;
    }

    void produced(long n) {
        produced += n;
    }

    /** {@code count} of the requests produced, each of {@code milliCores}, were running at the window start. */
    void runningAtStart(int count, int milliCores) {
        runningAtStart += count;
        runningAtStartMilliCores += (long) count * milliCores;
    }

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void malformed(String where, String reason) {
        malformed.add(where, reason);
    }

    /** Data rows read (header and comment lines excluded). */
    public long rowsRead() {
        return rowsRead;
    }

    /** Requests, machines or series produced (a task of many instances counts each instance). */
    public long produced() {
        return produced;
    }

    /** Requests placed at the window start because they were running then: the replay's initial state. */
    public long runningAtStart() {
        return runningAtStart;
    }

    /** The cores those requests hold, in thousandths of a core. */
    public long runningAtStartMilliCores() {
        return runningAtStartMilliCores;
    }

    /** Rows (or tasks) left out by a documented rule, by reason in alphabetical order. */
    public Map<String, Long> skipped() {
        return Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    public long skipped(String reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    public MalformedRows malformed() {
        return malformed;
    }

    @Override
    public String toString() {
        return "%d rows read, %d produced, skipped %s, %s".formatted(rowsRead, produced, skipped, malformed);
    }
}
