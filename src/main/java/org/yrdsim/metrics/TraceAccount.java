package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.util.List;
import java.util.Map;

/**
 * What a trace file gave the run, and every row it did not use, by reason: one entry of
 * {@code traces} in summary.json ({@link TraceProvenance} describes each field). {@code use} is
 * the scenario key the file was named under: {@code requests}, {@code hosts} or {@code cpuUsage}.
 */
public record TraceAccount(String use, String format, String file, long rowsRead, long produced, Map<String, Long> skipped,
                           Malformed malformed,
                           @JsonInclude(JsonInclude.Include.NON_NULL) TraceProvenance.InitialState initialState) {

    /** Rows that break the format: how many, the first few, and the tolerance a replay was held to (none for hosts and CPU usage). */
    public record Malformed(long count, List<String> first, @JsonInclude(JsonInclude.Include.NON_NULL) String max) {
    }

    static TraceAccount of(TraceProvenance t) {
        return new TraceAccount(t.use().key(), t.format(), t.file(), t.rowsRead(), t.produced(), t.skipped(),
            new Malformed(t.malformed(), t.firstMalformed(), t.maxMalformed() == null ? null : t.maxMalformed().toString()),
            t.initialState());
    }
}
