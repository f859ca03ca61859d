package org.yrdsim.cluster;

import org.yrdsim.workload.VmRequest;

/**
 * A request placed on a host. It is not a CloudSim VM: with a million VMs alive at once,
 * CloudSim's dozen objects per VM were most of the heap. It is linked into its host's list of
 * VMs (for evicting a failed host and for evaluating usage) and sits in the run's departure heap.
 */
public final class PlacedVm {
    private final VmRequest request;
    private final ClusterDatacenter datacenter;
    private final int slot;
    private final double end;
    private final int milliCores;
    /** Taken off its host before its end (the host failed); its departure is then passed over. */
    private boolean evicted;
    PlacedVm previous;
    PlacedVm next;
    /**
     * How {@link HostLoad} counts its use (a cycle's index, or steady, or its own series) and its
     * milli-cores times its level, so that samples and removal need not visit the request.
     */
    int loadGroup;
    double loadMilli;
    /** Whether its use is in its host's sums rather than evaluated at each sample. */
    boolean summed;
    /** Its place in the order VMs were put on hosts of its datacenter: a failed host's VMs move oldest first. */
    long placement;

    /** @param end when it leaves */
    public PlacedVm(VmRequest request, ClusterDatacenter datacenter, int slot, double end) {
        this.request = request;
        this.datacenter = datacenter;
        this.slot = slot;
        this.end = end;
        this.milliCores = request.milliCores();
    }

    public VmRequest request() {
        return request;
    }

    public ClusterDatacenter datacenter() {
        return datacenter;
    }

    public int slot() {
        return slot;
    }

    public double end() {
        return end;
    }

    public int milliCores() {
        return milliCores;
    }

    public boolean evicted() {
        return evicted;
    }

    public void evict() {
        evicted = true;
    }
}
