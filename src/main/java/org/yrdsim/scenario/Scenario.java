package org.yrdsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated scenario: the cluster, its demand and its placement rules, as immutable values in
 * base units (seconds, MiB, watts, MHz). Sizes and rates are as written; {@link SimulationSpec#scale()}
 * is applied when the cluster and the workload are built. {@code traces} are the streams replayed
 * from trace files, next to the synthetic {@code workloads}.
 *
 * @param targets  what the planners hold the cluster to, judged in every run's verdict and used by
 *                 {@code plan} when it is given no {@code --target}
 * @param question what the scenario asks, in a sentence for the report ("" when it does not say)
 */
public record Scenario(String name, String description, String sourceFile, SimulationSpec simulation,
                       List<Site> sites, List<City> cities, LatencyModel latency, List<HostType> hostTypes,
                       List<Operator> operators, List<WorkloadSpec> workloads, PlacementSpec placement,
                       List<Agreement> agreements, Optional<PowerOffSpec> powerOff, FailureSpec failures,
                       List<TraceStreamSpec> traces, List<Target> targets, String question) {

    public Optional<Site> site(String siteName) {
        return sites.stream().filter(s -> s.name().equals(siteName)).findFirst();
    }

    public Optional<City> city(String cityName) {
        return cities.stream().filter(c -> c.name().equals(cityName)).findFirst();
    }

    public Optional<HostType> hostType(String typeName) {
        return hostTypes.stream().filter(h -> h.name().equals(typeName)).findFirst();
    }

    public Optional<WorkloadSpec> workload(String streamName) {
        return workloads.stream().filter(w -> w.name().equals(streamName)).findFirst();
    }

    /**
     * The latency limit (s) of each stream that has one, synthetic and trace streams alike, by
     * stream name in file order: what placement filters on and what the latency figures report.
     */
    public Map<String, Double> latencyLimits() {
        Map<String, Double> limits = new LinkedHashMap<>();
        workloads.forEach(w -> w.latencyLimit().ifPresent(limit -> limits.put(w.name(), limit)));
        traces.forEach(t -> t.latencyLimit().ifPresent(limit -> limits.put(t.name(), limit)));
        return limits;
    }

    /** The queue of each stream whose requests wait for room, synthetic and trace streams alike, by stream name in file order. */
    public Map<String, QueueSpec> queues() {
        Map<String, QueueSpec> queues = new LinkedHashMap<>();
        workloads.forEach(w -> w.queue().ifPresent(q -> queues.put(w.name(), q)));
        traces.forEach(t -> t.queue().ifPresent(q -> queues.put(t.name(), q)));
        return queues;
    }

    /** Every datacenter of every operator, in file order. */
    public List<DatacenterSpec> datacenters() {
        return operators.stream().flatMap(o -> o.datacenters().stream()).toList();
    }

    /** The same scenario with no sharing agreements: the counterfactual a run with agreements is compared to. */
    public Scenario withoutAgreements() {
        return new Scenario(name, description, sourceFile, simulation, sites, cities, latency, hostTypes, operators,
            workloads, placement, List.of(), powerOff, failures, traces, targets, question);
    }
}
