package org.yrdsim.scenario.trace;

import java.math.BigDecimal;

/**
 * How many malformed rows a trace may have before a replay of it is refused: a number of rows, or a
 * share of the rows read. A few broken rows in millions are the trace's own (Alibaba 2017's
 * batch_task has 11 rows without plan_cpu among 80,553); many mean the file, the format or the
 * mapping is wrong, and the replay would quietly miss demand.
 *
 * @param limit rows when {@code share} is false, else a share of the rows read in [0, 1]
 */
public record MalformedLimit(double limit, boolean share) {
    /** The default: one row in a thousand. */
    public static final MalformedLimit DEFAULT = new MalformedLimit(0.001, true);

    public static MalformedLimit rows(long rows) {
        return new MalformedLimit(rows, false);
    }

    public static MalformedLimit shareOfRows(double share) {
        return new MalformedLimit(share, true);
    }

    public boolean allows(long malformedRows, long rowsRead) {
        return malformedRows <= (share ? limit * rowsRead : limit);
    }

    /** As a scenario writes it: {@code 10} or {@code 0.1%}. */
    @Override
    public String toString() {
        return share ? "%s%%".formatted(new BigDecimal(Double.toString(limit * 100)).stripTrailingZeros().toPlainString())
            : Long.toString((long) limit);
    }
}
