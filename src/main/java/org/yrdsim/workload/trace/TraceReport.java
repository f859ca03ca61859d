package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.FormatTraits;
import org.yrdsim.scenario.trace.MalformedLimit;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.math.BigDecimal;
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

    /** The account of this reading for the results: who read the file, for what, and with which tolerance (null for none). */
    public TraceProvenance provenance(String stream, TraceProvenance.Use use, TraceFormat format, String file,
                                      MalformedLimit limit, TraceProvenance.InitialState initialState) {
        return new TraceProvenance(stream, use, format.scenarioName(), file, rowsRead, produced, skipped(),
            malformed.count(), malformed.examples(), limit, initialState);
    }

    /** What the replay of a {@code format} file under {@code options} started from. */
    public TraceProvenance.InitialState initialState(TraceFormat format, TraceOptions options) {
        String note;
        if (!options.initialState()) {
            note = "the cell starts empty: initialState is false, so the %d requests running at the window start were left out"
                .formatted(skipped(LEFT_OUT_AT_START));
        } else if (runningAtStart() > 0) {
            note = "%d requests holding %s cores were running at the window start and start there with what remained of their lives%s"
                .formatted(runningAtStart(), BigDecimal.valueOf(runningAtStartMilliCores(), 3).stripTrailingZeros().toPlainString(),
                    format == TraceFormat.GOOGLE_2011_TASK_EVENTS
                        ? " (in a shard after the first, at least these: a task that runs through the shard without an event is not in it)" : "");
        } else if (!FormatTraits.recordsEarlierWork(format) && options.windowStart() <= 0) {
            note = "the cell starts empty: a %s file records nothing that was running before it begins".formatted(format.scenarioName());
        } else {
            note = "the cell starts empty: nothing in the file was running at the window start";
        }
        return new TraceProvenance.InitialState(runningAtStart(), runningAtStartMilliCores() / 1000.0, note);
    }

    @Override
    public String toString() {
        return "%d rows read, %d produced, skipped %s, %s".formatted(rowsRead, produced, skipped, malformed);
    }
}
