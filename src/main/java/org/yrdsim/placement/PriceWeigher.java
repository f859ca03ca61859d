package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/** Prefers sites with cheaper electricity at the time: minus the tariff times the PUE then in force. */
final class PriceWeigher implements DatacenterWeigher {
    @Override
    public double score(VmRequest request, ClusterDatacenter dc, double time) {
        return -dc.site().tariffPerKwh().at(time) * dc.site().pue().at(time);
    }
}
