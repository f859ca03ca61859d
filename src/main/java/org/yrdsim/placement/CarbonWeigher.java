package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/**
 * Prefers sites whose power emits less: minus the kgCO2 per kWh of IT energy, from facility
 * overhead, grid factor and the share not covered by green power.
 */
final class CarbonWeigher implements DatacenterWeigher {
    @Override
    public double score(VmRequest request, ClusterDatacenter dc, double time) {
        return -dc.site().pue().mean() * dc.site().gridCarbonKgPerKwh() * (1 - dc.site().greenShare());
    }
}
