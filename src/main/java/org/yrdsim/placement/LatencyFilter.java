package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

import java.util.Map;

/** Admits only datacenters within the request's stream's latency limit from its origin city. */
final class LatencyFilter implements DatacenterFilter {
    private final LatencyTable latencies;
    private final Map<String, Double> limitByStream;

    LatencyFilter(LatencyTable latencies, Map<String, Double> limitByStream) {
        this.latencies = latencies;
        this.limitByStream = limitByStream;
    }

    @Override
    public boolean admits(VmRequest request, ClusterDatacenter dc) {
        Double limit = limitByStream.get(request.stream());
        return limit == null || latencies.seconds(request.origin(), dc) <= limit;
    }
}
