package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimPlus;
import org.yrdsim.cluster.ClusterBuilder;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.ClusterHost;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.IndexedAllocationPolicy;
import org.yrdsim.placement.LatencyTable;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.Workloads;
import org.yrdsim.workload.trace.TraceProvenance;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
        Scenario alone = new Scenario(scenario.name(), scenario.description(), scenario.sourceFile(), scenario.simulation(),
            scenario.sites(), scenario.cities(), scenario.latency(), scenario.hostTypes(), scenario.operators(),
            scenario.workloads(), scenario.placement(), List.of(), scenario.powerOff(), scenario.failures(),
            scenario.traces());
        RunResult without = simulate(alone, seed, requests);
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
        CloudSimPlus simulation = new FastClockSimulation();
        List<ClusterDatacenter> datacenters = ClusterBuilder.build(scenario, simulation,
            hosts -> new IndexedAllocationPolicy(scenario.placement().hostPolicy(), hosts));
        Map<String, Long> operatorCores = new HashMap<>();
        // by identity: CloudSim Plus hosts compare equal by id, and ids repeat across datacenters
        Map<ClusterHost, ClusterDatacenter> datacenterOf = new IdentityHashMap<>();
        for (ClusterDatacenter dc : datacenters) {
            operatorCores.merge(dc.operator(), dc.offeredCores(), Long::sum);
            dc.hosts().forEach(h -> datacenterOf.put(h, dc));
        }
        LendingLedger ledger = new LendingLedger(scenario.agreements(), operatorCores, scenario.simulation().warmup());
        DatacenterScheduler scheduler = new DatacenterScheduler(scenario, datacenters, ledger, new LatencyTable(scenario));
        MetricsRecorder metrics = new MetricsRecorder(scenario, datacenters);
        List<TraceProvenance> traces;
        try (RequestSource requests = opener.get()) {
            RequestDriver driver = new RequestDriver(simulation, requests, metrics,
                scenario.simulation().duration(), scenario.simulation().sampleInterval());
            Optional<PowerSaver> powerSaver = scenario.powerOff().map(spec -> new PowerSaver(spec, driver));
            Placer placer = new Placer(scheduler, ledger, metrics, powerSaver, datacenterOf, driver,
                scenario.simulation().duration());
            boolean fails = scenario.failures().timeBetweenFailures().isPresent() || !scenario.failures().outages().isEmpty();
            Optional<FailureInjector> failures = fails
                ? Optional.of(new FailureInjector(scenario.failures(), datacenters, seed, driver, placer::takeDown, placer::bringBack))
                : Optional.empty();
            driver.wire(datacenters, placer, powerSaver, failures);
            simulation.start();
            traces = requests.traces();
        }
        return metrics.result(seed, ledger).withTraces(traces);
    }
}
