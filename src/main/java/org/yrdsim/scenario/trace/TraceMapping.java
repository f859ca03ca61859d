package org.yrdsim.scenario.trace;

import java.util.Map;
import java.util.Objects;

/**
 * How a trace's owners and sizes become scenario terms.
 *
 * <p>Owners: each format names what it takes as the owner of a row (Google: user; Alibaba batch:
 * job; Alibaba containers: app_du; SWF: user; Azure: subscription). An owner listed in
 * {@code owners} gets that operator and origin city; every other owner gets the defaults.
 *
 * <p>Sizes: formats that normalise sizes to a reference machine are scaled by it. CPU is kept in
 * thousandths of a core, rounded to the nearest (Alibaba's plan_cpu is a multiple of 0.05 core, so
 * nothing is lost) and at least 1, so a task asking for half a core reserves half a core rather
 * than a whole one; memory is rounded up to whole MiB, at least 1.
 *
 * @param defaultOperator    operator of owners not in {@code owners}
 * @param defaultOrigin      origin city of owners not in {@code owners}
 * @param owners             explicit owner → operator and origin
 * @param referenceCores     cores of a machine whose normalised CPU is 1.0 (Google's largest machine)
 * @param referenceMemoryMib MiB of a machine whose normalised memory is 1.0 (Google, Alibaba 2017)
 *                           or 100 (Alibaba 2018)
 * @param memoryPerCoreMib   MiB per core for rows whose format gives no memory (SWF with -1)
 * @param defaultCpuUsage    busy share (0..1) of rows whose format records no CPU usage
 * @param parallelism        how batch task instances spread over a task's span
 */
public record TraceMapping(String defaultOperator, String defaultOrigin, Map<String, OwnerPlacement> owners,
                           double referenceCores, long referenceMemoryMib, long memoryPerCoreMib,
                           double defaultCpuUsage, Parallelism parallelism) {
    public TraceMapping {
        Objects.requireNonNull(defaultOperator, "defaultOperator");
        Objects.requireNonNull(defaultOrigin, "defaultOrigin");
        owners = Map.copyOf(owners);
        Objects.requireNonNull(parallelism, "parallelism");
        if (!(referenceCores > 0) || referenceMemoryMib <= 0 || memoryPerCoreMib <= 0) {
            throw new IllegalArgumentException("reference cores, reference memory and memory per core must be positive");
        }
        if (!(defaultCpuUsage >= 0 && defaultCpuUsage <= 1)) {
            throw new IllegalArgumentException("default CPU usage must be in [0, 1]: " + defaultCpuUsage);
        }
    }

    /**
     * Every owner to one operator and city; the reference machine is given explicitly because the
     * normalised traces do not reveal it. 4 GiB per core, busy share 0.5 and all-at-once otherwise.
     */
    public static TraceMapping of(String operator, String origin, double referenceCores, long referenceMemoryMib) {
        return new TraceMapping(operator, origin, Map.of(), referenceCores, referenceMemoryMib, 4096, 0.5,
            Parallelism.allAtOnce());
    }

    public TraceMapping withOwners(Map<String, OwnerPlacement> explicit) {
        return new TraceMapping(defaultOperator, defaultOrigin, explicit, referenceCores, referenceMemoryMib,
            memoryPerCoreMib, defaultCpuUsage, parallelism);
    }

    public TraceMapping withParallelism(Parallelism spread) {
        return new TraceMapping(defaultOperator, defaultOrigin, owners, referenceCores, referenceMemoryMib,
            memoryPerCoreMib, defaultCpuUsage, spread);
    }

    public TraceMapping withDefaultCpuUsage(double busyShare) {
        return new TraceMapping(defaultOperator, defaultOrigin, owners, referenceCores, referenceMemoryMib,
            memoryPerCoreMib, busyShare, parallelism);
    }

    public TraceMapping withMemoryPerCoreMib(long mib) {
        return new TraceMapping(defaultOperator, defaultOrigin, owners, referenceCores, referenceMemoryMib,
            mib, defaultCpuUsage, parallelism);
    }

    public OwnerPlacement placementOf(String owner) {
        OwnerPlacement explicit = owners.get(owner);
        return explicit != null ? explicit : new OwnerPlacement(defaultOperator, defaultOrigin);
    }

    /** Milli-cores for a CPU amount already in cores (e.g. plan_cpu / 100). */
    public static int milliCores(double cores) {
        // The cast caps an absurd size at the int range, where it can never fit a host and is rejected.
        return (int) Math.max(1, Math.rint(cores * 1000));
    }

    /** Milli-cores for a CPU share of the reference machine. */
    public int milliCoresOfShare(double share) {
        return milliCores(share * referenceCores);
    }

    /** MiB for a memory share of the reference machine. */
    public long memoryOfShare(double share) {
        return Math.max(1, (long) Math.ceil(share * referenceMemoryMib - 1e-9));
    }
}
