package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.scenario.City;
import org.yrdsim.scenario.LatencyModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One-way latency (s) from each demand city to each datacenter's site, worked out once per pair. */
public final class LatencyTable {
    private final Map<String, City> cities = new HashMap<>();
    private final LatencyModel model;
    /** By city, then by datacenter: asked for every candidate of every request, so without building a key. */
    private final Map<String, Map<ClusterDatacenter, Double>> seconds = new HashMap<>();

    public LatencyTable(List<City> cities, LatencyModel model) {
        cities.forEach(c -> this.cities.put(c.name(), c));
        this.model = model;
    }

    public double seconds(String city, ClusterDatacenter dc) {
        return seconds.computeIfAbsent(city, c -> new HashMap<>()).computeIfAbsent(dc, key -> {
            City origin = cities.get(city);
            if (origin == null) {
                throw new IllegalArgumentException("requests come from '" + city + "', which is not among the scenario's cities");
            }
            return model.seconds(origin, dc.site());
        });
    }
}
