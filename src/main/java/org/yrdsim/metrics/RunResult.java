package org.yrdsim.metrics;

import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, before anything is written.
 *
 * @param seed                     the seed this run used (the scenario's, or one derived for a replication)
 * @param times                    sample instants (s)
 * @param series                   sampled values per scope, cluster first, then sites, operators, datacenters
 * @param peakVms                  most VMs alive at once after the warm-up, per operator and for the cluster
 * @param peakRequestedCores       most cores asked for at once over the whole run, placed or not (a fraction when requests are): each
 *                                 request counts from its arrival for its lifetime
 * @param latenciesMs              one-way latency from origin city to datacenter of each request placed after the warm-up
 * @param lending                  core-hours borrowed under each sharing agreement
 * @param rejectionsWithoutSharing per operator, the rejections of the same run with no sharing agreements
 *                                 (same seed, so the same requests); empty when the scenario has none
 * @param traces                   how each trace stream's file was read; empty without trace streams
 * @param waits                    the waits of the requests of queueing streams
 */
public record RunResult(Scenario scenario, long seed, double[] times, Map<Scope, ScopeSeries> series,
                        Map<Scope, Integer> peakVms, double peakRequestedCores, double[] latenciesMs, List<LendingFigures> lending,
                        Map<String, Long> rejectionsWithoutSharing, List<TraceProvenance> traces, WaitLog waits) {

    /** A run's measurements before the trace provenance, which the workload gives, is attached. */
    public RunResult(Scenario scenario, long seed, double[] times, Map<Scope, ScopeSeries> series, Map<Scope, Integer> peakVms,
                     double peakRequestedCores, double[] latenciesMs, List<LendingFigures> lending, Map<String, Long> rejectionsWithoutSharing,
                     WaitLog waits) {
        this(scenario, seed, times, series, peakVms, peakRequestedCores, latenciesMs, lending, rejectionsWithoutSharing, List.of(), waits);
    }

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

    /** Requests that arrived over the whole run, warm-up included (the summary counts only after it). */
    public long totalArrivals() {
        ScopeSeries cluster = series.get(Scope.CLUSTER);
        double sum = 0;
        for (int i = 0; i < cluster.size(); i++) {
            sum += cluster.get(Metric.ARRIVALS, i);
        }
        return Math.round(sum);
    }

    /** The same result with the rejections of its no-sharing counterpart attached. */
    public RunResult withRejectionsWithoutSharing(Map<String, Long> rejections) {
        return new RunResult(scenario, seed, times, series, peakVms, peakRequestedCores, latenciesMs, lending, rejections, traces, waits);
    }

    /** The same result with the provenance of its trace streams attached. */
    public RunResult withTraces(List<TraceProvenance> provenance) {
        return new RunResult(scenario, seed, times, series, peakVms, peakRequestedCores, latenciesMs, lending,
            rejectionsWithoutSharing, List.copyOf(provenance), waits);
    }
}
