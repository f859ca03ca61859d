package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimPlus;
import org.yrdsim.cluster.ClusterBuilder;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.placement.DatacenterChooser;
import org.yrdsim.placement.IndexedAllocationPolicy;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.Workloads;

import java.util.List;

/** One simulation of a scenario with one seed, from an empty cluster to the end of its duration. */
public final class SimulationRun {
    private SimulationRun() {
    }

    public static RunResult run(Scenario scenario) {
        return run(scenario, scenario.simulation().seed());
    }

    public static RunResult run(Scenario scenario, long seed) {
        try (RequestSource requests = Workloads.open(scenario, seed)) {
            return run(scenario, seed, requests);
        }
    }

    /** Runs the scenario's cluster with the given requests instead of its workload streams. */
    public static RunResult run(Scenario scenario, long seed, RequestSource requests) {
        CloudSimPlus simulation = new CloudSimPlus();
        List<ClusterDatacenter> datacenters = ClusterBuilder.build(scenario, simulation,
            hosts -> new IndexedAllocationPolicy(scenario.placement().hostPolicy(), hosts));
        MetricsRecorder metrics = new MetricsRecorder(scenario, datacenters);
        new RequestDriver(simulation, requests, new DatacenterChooser(scenario, datacenters), metrics,
            scenario.simulation().duration(), scenario.simulation().sampleInterval());
        simulation.start();
        return metrics.result(seed);
    }
}
