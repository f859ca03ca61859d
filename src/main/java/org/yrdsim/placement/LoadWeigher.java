package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/** Prefers datacenters with a smaller share of their cores allocated. */
final class LoadWeigher implements DatacenterWeigher {
    @Override
    public double score(VmRequest request, ClusterDatacenter dc, double time) {
        return -dc.table().allocatedShare();
    }
}
