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
    private final double start;
    private final double end;
    /** Position in the departure heap, -1 when not in it. */
    private int heapIndex = -1;
    PlacedVm previous;
    PlacedVm next;
    /** Where {@link HostLoad} counted its use, and how much, so that taking it off needs no lookup. */
    int loadGroup;
    double loadMilli;

    /**
     * @param start when it starts running (its arrival, or the end of its host's boot)
     * @param end   when it leaves
     */
    public PlacedVm(VmRequest request, ClusterDatacenter datacenter, int slot, double start, double end) {
        this.request = request;
        this.datacenter = datacenter;
        this.slot = slot;
        this.start = start;
        this.end = end;
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

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    public int heapIndex() {
        return heapIndex;
    }

    public void heapIndex(int index) {
        heapIndex = index;
    }
}
