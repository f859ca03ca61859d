package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/**
 * Scores a candidate datacenter; higher is better. The scheduler rescales each weigher's scores to
 * [0, 1] over the candidates before applying its multiplier, so multipliers compare like with like.
 */
@FunctionalInterface
public interface DatacenterWeigher {
    double score(VmRequest request, ClusterDatacenter dc, double time);
}
