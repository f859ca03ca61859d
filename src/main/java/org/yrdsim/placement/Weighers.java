package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.scenario.DatacenterWeights;

import java.util.ArrayList;
import java.util.List;

/** The weighers a scenario switches on, each with its multiplier. */
final class Weighers {
    record Weighted(DatacenterWeigher weigher, double multiplier) {
    }

    private Weighers() {
    }

    static List<Weighted> of(DatacenterWeights weights, LatencyTable latencies) {
        List<Weighted> list = new ArrayList<>();
        add(list, weights.distance(), (request, dc, time) -> -latencies.seconds(request.origin(), dc));
        add(list, weights.load(), (request, dc, time) -> -dc.table().allocatedShare());
        add(list, weights.carbon(), (request, dc, time) -> -carbonPerKwh(dc));
        add(list, weights.price(), (request, dc, time) -> -dc.site().tariffPerKwh().at(time) * dc.site().pue().at(time));
        return List.copyOf(list);
    }

    /** kgCO2 per kWh of IT energy: facility overhead, grid factor and the share not covered by green power. */
    private static double carbonPerKwh(ClusterDatacenter dc) {
        return dc.site().pue().mean() * dc.site().gridCarbonKgPerKwh() * (1 - dc.site().greenShare());
    }

    private static void add(List<Weighted> list, double multiplier, DatacenterWeigher weigher) {
        if (multiplier > 0) {
            list.add(new Weighted(weigher, multiplier));
        }
    }
}
