package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/**
 * Where in a datacenter a request would fit: the capacity filter of the scheduler. Running hosts
 * are searched through the datacenter's host index; when hosts can be switched off, a second
 * finder looks among the off hosts for one to boot.
 */
@FunctionalInterface
public interface HostFinder {
    /** Slot of the host that would take the request, or -1. */
    int find(ClusterDatacenter dc, VmRequest request);

    HostFinder RUNNING = (dc, request) -> dc.find(request.milliCores(), request.memoryMib());
}
