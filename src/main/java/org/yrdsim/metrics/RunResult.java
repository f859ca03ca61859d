package org.yrdsim.metrics;

import org.yrdsim.scenario.Scenario;

import java.util.Map;

/**
 * Everything one run measured, before anything is written.
 *
 * @param seed            the seed this run used (the scenario's, or one derived for a replication)
 * @param times           sample instants (s)
 * @param series          sampled values per scope, cluster first, then sites, operators, datacenters
 * @param peakVms         most VMs alive at once after the warm-up, per operator and for the cluster
 */
public record RunResult(Scenario scenario, long seed, double[] times, Map<Scope, ScopeSeries> series,
                        Map<Scope, Integer> peakVms) {

    /** Index of the first sample the summary counts: the first at or after the warm-up. */
    public int firstMeasuredSample() {
        double warmup = scenario.simulation().warmup();
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= warmup) {
                return i;
            }
        }
        return times.length;
    }
}
