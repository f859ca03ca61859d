package org.yrdsim.scenario;

import java.util.Map;

/**
 * One-way network latency from a demand city to a site: distance x route factor x fibre delay per
 * km, plus a fixed equipment delay, unless the scenario gives the pair explicitly.
 *
 * @param secondsPerKm  fibre delay per km of route (s)
 * @param routeFactor   route length over great-circle distance
 * @param equipmentS    fixed delay of switches and routers (s)
 * @param measured      explicit latencies (s) by city, then site, overriding the formula
 */
public record LatencyModel(double secondsPerKm, double routeFactor, double equipmentS,
                           Map<String, Map<String, Double>> measured) {

    /** About 5 us per km of fibre, routes 1.4 times the straight line, 0.2 ms of equipment (C/E, domain facts). */
    public static final LatencyModel DEFAULT = new LatencyModel(5e-6, 1.4, 2e-4, Map.of());

    public double seconds(City city, Site site) {
        Double given = measured.getOrDefault(city.name(), Map.of()).get(site.name());
        if (given != null) {
            return given;
        }
        return city.location().distanceKm(site.location()) * routeFactor * secondsPerKm + equipmentS;
    }
}
