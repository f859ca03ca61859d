package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/** Rules a datacenter out for a request; one small class per rule, composed by the {@link DatacenterScheduler}. */
@FunctionalInterface
public interface DatacenterFilter {
    boolean admits(VmRequest request, ClusterDatacenter dc);
}
