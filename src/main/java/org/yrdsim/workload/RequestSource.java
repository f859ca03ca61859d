package org.yrdsim.workload;

import java.util.Iterator;

/**
 * A stream of VM requests in non-decreasing arrival time, produced lazily so that neither a
 * synthetic generator nor a trace reader ever holds the whole workload in memory. Sources that
 * hold files open release them in {@link #close()}.
 */
public interface RequestSource extends Iterator<VmRequest>, AutoCloseable {
    @Override
    default void close() {
    }
}
