package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.scenario.GeoPoint;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The datacenters a request may go to, in the order they are tried: its own operator's first,
 * then, where the scenario allows overflow, other operators'; within each group the nearest to the
 * request's origin city first (ties: file order). The order depends only on operator and city,
 * so it is worked out once per pair.
 */
public final class DatacenterChooser {
    private final Scenario scenario;
    private final List<ClusterDatacenter> datacenters;
    private final Map<String, List<ClusterDatacenter>> orders = new HashMap<>();

    public DatacenterChooser(Scenario scenario, List<ClusterDatacenter> datacenters) {
        this.scenario = scenario;
        this.datacenters = datacenters;
    }

    public List<ClusterDatacenter> candidates(VmRequest request) {
        return orders.computeIfAbsent(request.operator() + '\n' + request.origin(),
            key -> order(request.operator(), request.origin()));
    }

    private List<ClusterDatacenter> order(String operator, String origin) {
        GeoPoint city = scenario.city(origin).orElseThrow().location();
        Comparator<ClusterDatacenter> nearestFirst =
            Comparator.comparingDouble(dc -> city.distanceKm(dc.site().location()));
        List<ClusterDatacenter> home = new ArrayList<>();
        List<ClusterDatacenter> others = new ArrayList<>();
        for (ClusterDatacenter dc : datacenters) {
            if (dc.operator().equals(operator)) {
                home.add(dc);
            } else if (scenario.placement().overflow()) {
                others.add(dc);
            }
        }
        home.sort(nearestFirst);
        others.sort(nearestFirst);
        home.addAll(others);
        return List.copyOf(home);
    }
}
