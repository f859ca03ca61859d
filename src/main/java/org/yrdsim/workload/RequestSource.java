package org.yrdsim.workload;

import java.util.Iterator;
import java.util.List;

/**
 * A stream of VM requests in non-decreasing arrival time, produced lazily so that neither a
 * synthetic generator nor a trace reader ever holds the whole workload in memory. Sources that
 * hold files open release them in {@link #close()}.
 */
public interface RequestSource extends Iterator<VmRequest>, AutoCloseable {
    @Override
    default void close() {
    }

    /** How the trace files behind these requests were read, one per trace stream; none for synthetic streams. */
    default List<TraceProvenance> traces() {
        return List.of();
    }
}
