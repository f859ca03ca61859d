package org.yrdsim.engine;

import org.junit.jupiter.api.Test;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With sharing on, an operator's VMs run partly on other operators' hosts and other operators'
 * VMs on its own. Its rows in timeseries.csv give both views, and each must add up on its own:
 * VMs at a sample = VMs at the previous sample + placements - departures - lost, counted on its
 * hosts (hosted_*) and for its requests (owned_*).
 */
class OperatorViewsTest {
    @Test
    void eachViewOfAnOperatorReconcilesWhenOperatorsShare() {
        Scenario scenario = ScenarioOverrides.read(Path.of("scenarios/yrd-federation.yaml"), List.of(
            ScenarioOverride.parse("simulation.scale=0.02"), ScenarioOverride.parse("simulation.duration=2d"),
            ScenarioOverride.parse("simulation.warmup=1d")));
        long seed = scenario.simulation().seed();
        RunResult run = SimulationRun.simulate(scenario, seed, () -> Workloads.open(scenario, seed));
        double lentVmSamples = 0;
        int samples = run.series().get(Scope.CLUSTER).size();
        for (Map.Entry<Scope, ScopeSeries> e : run.series().entrySet()) {
            if (e.getKey().kind() != Scope.Kind.OPERATOR) {
                continue;
            }
            ScopeSeries s = e.getValue();
            double hosted = 0;
            double owned = 0;
            for (int i = 0; i < s.size(); i++) {
                hosted += s.get(Metric.HOSTED_PLACEMENTS, i) - s.get(Metric.HOSTED_DEPARTURES, i) - s.get(Metric.HOSTED_LOST, i);
                owned += s.get(Metric.OWNED_PLACEMENTS, i) - s.get(Metric.OWNED_DEPARTURES, i) - s.get(Metric.OWNED_LOST, i);
                assertEquals(hosted, s.get(Metric.HOSTED_VMS, i), e.getKey() + " hosted at sample " + i);
                assertEquals(owned, s.get(Metric.OWNED_VMS, i), e.getKey() + " owned at sample " + i);
                lentVmSamples += Math.abs(s.get(Metric.HOSTED_VMS, i) - s.get(Metric.OWNED_VMS, i));
            }
        }
        // the two views differ, or this test would not tell them apart
        assertTrue(lentVmSamples > 0, "no VM ran on another operator's hosts");
        // every VM is on some operator's hosts and of some operator's request
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        for (int i = 0; i < samples; i++) {
            assertEquals(cluster.get(Metric.HOSTED_VMS, i), cluster.get(Metric.OWNED_VMS, i), "cluster at sample " + i);
        }
    }
}
