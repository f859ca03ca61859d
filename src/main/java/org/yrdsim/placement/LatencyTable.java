package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.scenario.City;
import org.yrdsim.scenario.Scenario;

import java.util.HashMap;
import java.util.Map;

/** One-way latency (s) from each demand city to each datacenter's site, worked out once per pair. */
public final class LatencyTable {
    private final Scenario scenario;
    /** By city, then by datacenter: asked for every candidate of every request, so without building a key. */
    private final Map<String, Map<ClusterDatacenter, Double>> seconds = new HashMap<>();

    public LatencyTable(Scenario scenario) {
        this.scenario = scenario;
    }

    public double seconds(String city, ClusterDatacenter dc) {
        return seconds.computeIfAbsent(city, c -> new HashMap<>()).computeIfAbsent(dc, key -> {
            City origin = scenario.city(city).orElseThrow(
                () -> new IllegalArgumentException("requests come from '" + city + "', which is not among the scenario's cities"));
            return scenario.latency().seconds(origin, dc.site());
        });
    }
}
