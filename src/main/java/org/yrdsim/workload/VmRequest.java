package org.yrdsim.workload;

import java.util.Objects;

/**
 * One VM asked of the cluster: the unit every workload source yields and the engine places.
 * Times are seconds from the start of the simulation; memory is in MiB.
 *
 * @param id        unique within one run, in arrival order of its source
 * @param arrival   when the request arrives (s)
 * @param lifetime  how long the VM lives once placed (s); {@link Double#POSITIVE_INFINITY} for "until the end"
 * @param milliCores CPU asked for in thousandths of a virtual core, the unit hosts keep their
 *                   room in, so that trace tasks asking for part of a core get exactly that
 * @param memoryMib memory asked for (MiB)
 * @param operator  the operator that owns the request (its home operator)
 * @param origin    the demand city the request comes from
 * @param stream    the workload stream that produced it
 * @param cpuUsage  share of its cores the VM keeps busy over time
 */
public record VmRequest(long id, double arrival, double lifetime, int milliCores, long memoryMib,
                        String operator, String origin, String stream, UsageProfile cpuUsage) {
    public VmRequest {
        if (!(arrival >= 0) || !(lifetime > 0) || milliCores <= 0 || memoryMib <= 0) {
            throw new IllegalArgumentException(
                "invalid VM request %d: arrival %s s, lifetime %s s, %d milli-cores, %d MiB"
                    .formatted(id, arrival, lifetime, milliCores, memoryMib));
        }
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(cpuUsage, "cpuUsage");
    }

    /** Virtual cores asked for, possibly a fraction (0.5 for 500 milli-cores). */
    public double cores() {
        return milliCores / 1000.0;
    }

    /** When the VM would leave if placed at its arrival. */
    public double departure() {
        return arrival + lifetime;
    }

    /** The same request with another id (sources number their own; the merged stream renumbers). */
    public VmRequest withId(long newId) {
        return new VmRequest(newId, arrival, lifetime, milliCores, memoryMib, operator, origin, stream, cpuUsage);
    }
}
