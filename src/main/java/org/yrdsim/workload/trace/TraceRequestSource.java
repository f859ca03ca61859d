package org.yrdsim.workload.trace;

import org.yrdsim.workload.RequestSource;

/** A request source read from a trace file, with the account of what it did with each row. */
public interface TraceRequestSource extends RequestSource {
    /** Final once the source is open: every reader reads and sorts its whole file while opening. */
    TraceReport report();
}
