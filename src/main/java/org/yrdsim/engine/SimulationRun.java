package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimPlus;
import org.yrdsim.cluster.ClusterBuilder;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.HostIndex;
import org.yrdsim.placement.LatencyTable;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.placement.PlacementParameters;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.trace.TraceProvenance;
import org.yrdsim.workload.RequestSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** One simulation of a scenario with one seed, from an empty cluster to the end of its duration. */
public final class SimulationRun {
    private SimulationRun() {
    }

    public static RunResult run(Scenario scenario) {
        return run(scenario, scenario.simulation().seed());
    }

    public static RunResult run(Scenario scenario, long seed) {
        return run(scenario, seed, () -> Workloads.open(scenario, seed));
    }

    /**
     * Runs the scenario's cluster with the requests the supplier opens. With sharing agreements, the
     * same requests run again without them, so each operator's rejections with and without sharing
     * are compared on identical demand.
     */
    public static RunResult run(Scenario scenario, long seed, Supplier<RequestSource> requests) {
        RunResult result = simulate(scenario, seed, requests);
        if (scenario.agreements().isEmpty()) {
            return result;
        }
        RunResult without = simulate(scenario.withoutAgreements(), seed, requests);
        Map<String, Long> rejections = new LinkedHashMap<>();
        int first = without.firstMeasuredSample();
        for (Map.Entry<Scope, ScopeSeries> e : without.series().entrySet()) {
            if (e.getKey().kind() == Scope.Kind.OPERATOR) {
                double sum = 0;
                for (int i = first + 1; i < e.getValue().size(); i++) {
                    sum += e.getValue().get(Metric.REJECTIONS, i);
                }
                rejections.put(e.getKey().name(), Math.round(sum));
            }
        }
        return result.withRejectionsWithoutSharing(rejections);
    }

    /** One simulation, without the no-sharing counterpart that {@link #run} adds. */
    public static RunResult simulate(Scenario scenario, long seed, Supplier<RequestSource> opener) {
        return simulate(scenario, seed, opener, datacenters -> {
        });
    }

    /**
     * One simulation; {@code atEnd} is shown the datacenters as the run leaves them, while
     * everything the run built is still held (the benchmark weighs the heap there).
     */
    public static RunResult simulate(Scenario scenario, long seed, Supplier<RequestSource> opener,
                                     Consumer<List<ClusterDatacenter>> atEnd) {
        CloudSimPlus simulation = new ClusterSimulation();
        List<ClusterDatacenter> datacenters = buildCluster(scenario, simulation);
        Map<String, Long> operatorCores = new HashMap<>();
        for (ClusterDatacenter dc : datacenters) {
            operatorCores.merge(dc.operator(), dc.offeredCores(), Long::sum);
        }
        LendingLedger ledger = new LendingLedger(scenario.agreements(), operatorCores, scenario.simulation().warmup());
        DatacenterScheduler scheduler = new DatacenterScheduler(PlacementParameters.of(scenario), datacenters, ledger,
            new LatencyTable(scenario.cities(), scenario.latency()));
        MetricsRecorder metrics = new MetricsRecorder(scenario, datacenters);
        List<TraceProvenance> traces;
        try (RequestSource requests = opener.get()) {
            // A CloudSim Plus entity joins its simulation when made; the simulation runs it from start()
            RequestDriver driver = new RequestDriver(simulation, scenario, seed, requests, metrics, datacenters, scheduler, ledger);
            simulation.start();
            driver.finish();
            traces = traceFiles(scenario, requests);
            atEnd.accept(datacenters);
        }
        return metrics.result(seed, ledger).withTraces(traces);
    }

    /** Every trace file the run read: the machine lists of its datacenters, then those its requests came from. */
    private static List<TraceProvenance> traceFiles(Scenario scenario, RequestSource requests) {
        return Stream.concat(scenario.datacenters().stream().flatMap(dc -> dc.hostsTrace().stream()), requests.traces().stream())
            .toList();
    }

    /** The scenario's datacenters and hosts, each datacenter with the host index of the scenario's host policy. */
    public static List<ClusterDatacenter> buildCluster(Scenario scenario, CloudSimPlus simulation) {
        return ClusterBuilder.build(scenario, simulation,
            (cpu, memory) -> HostIndex.create(scenario.placement().hostPolicy(), cpu, memory));
    }
}
