package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.ClusterHost;
import org.yrdsim.workload.VmRequest;

import java.util.Optional;

/**
 * Where in a datacenter a request would fit: the capacity filter of the scheduler. Running hosts
 * are searched through the host index; when hosts can be switched off, a second finder looks
 * among the off hosts for one to boot.
 */
@FunctionalInterface
public interface HostFinder {
    Optional<ClusterHost> find(ClusterDatacenter dc, VmRequest request);

    HostFinder RUNNING = (dc, request) -> IndexedAllocationPolicy.of(dc).hostFor(request.cores(), request.memoryMib());
}
