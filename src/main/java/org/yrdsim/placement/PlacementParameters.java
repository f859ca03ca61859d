package org.yrdsim.placement;

import org.yrdsim.scenario.Agreement;
import org.yrdsim.scenario.DatacenterWeights;
import org.yrdsim.scenario.Scenario;

import java.util.List;
import java.util.Map;

/**
 * What choosing a datacenter needs from a scenario, taken once at the start of a run: the sharing
 * agreements that order the candidates, each stream's latency limit (s) that filters them, and the
 * weighers' multipliers that rank them.
 */
public record PlacementParameters(List<Agreement> agreements, Map<String, Double> latencyLimits, DatacenterWeights weights) {
    public static PlacementParameters of(Scenario scenario) {
        return new PlacementParameters(scenario.agreements(), scenario.latencyLimits(), scenario.placement().weights());
    }
}
