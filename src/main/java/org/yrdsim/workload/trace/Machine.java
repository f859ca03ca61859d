package org.yrdsim.workload.trace;

import java.util.Objects;

/** A machine of a trace's cluster: what a scenario can build a host from. */
public record Machine(String id, int cores, long memoryMib) {
    public Machine {
        Objects.requireNonNull(id, "id");
        if (cores <= 0 || memoryMib <= 0) {
            throw new IllegalArgumentException("machine %s needs positive cores and memory: %d, %d MiB"
                .formatted(id, cores, memoryMib));
        }
    }
}
