package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/** Prefers datacenters near the request's origin city: the score is minus the latency. */
final class DistanceWeigher implements DatacenterWeigher {
    private final LatencyTable latencies;

    DistanceWeigher(LatencyTable latencies) {
        this.latencies = latencies;
    }

    @Override
    public double score(VmRequest request, ClusterDatacenter dc, double time) {
        return -latencies.seconds(request.origin(), dc);
    }
}
