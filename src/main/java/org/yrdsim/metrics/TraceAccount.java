package org.yrdsim.metrics;

import org.yrdsim.workload.TraceProvenance;

import java.util.List;
import java.util.Map;

/**
 * What a trace stream's file gave, and every row it did not use, by reason: one entry of
 * {@code traces} in summary.json ({@link TraceProvenance} describes each field).
 */
public record TraceAccount(String format, String file, long rowsRead, long requests, Map<String, Long> skipped,
                           Malformed malformed) {

    /** Rows that break the format: how many, the first few, and the tolerance the replay was held to. */
    public record Malformed(long count, List<String> first, String max) {
    }

    static TraceAccount of(TraceProvenance t) {
        return new TraceAccount(t.format(), t.file(), t.rowsRead(), t.requests(), t.skipped(),
            new Malformed(t.malformed(), t.firstMalformed(), t.maxMalformed().toString()));
    }
}
