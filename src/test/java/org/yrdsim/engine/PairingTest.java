package org.yrdsim.engine;

import org.junit.jupiter.api.Test;
import org.yrdsim.metrics.Replications;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;
import org.yrdsim.study.ReplicatedRun;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairingTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/compare-tiny.yaml");

    private static Scenario tiny(String policy) {
        return ScenarioOverrides.read(TINY, List.of(ScenarioOverride.parse("placement.hostPolicy=" + policy)));
    }

    private static List<String> requests(Scenario scenario, long seed) {
        List<String> out = new ArrayList<>();
        try (RequestSource source = Workloads.open(scenario, seed)) {
            while (source.hasNext()) {
                VmRequest r = source.next();
                out.add(r.stream() + "@" + r.arrival() + ":" + r.cores() + "c/" + r.lifetime() + "s/" + r.cpuUsage().at(0));
            }
        }
        return out;
    }

    @Test
    void scenariosThatDifferOnlyInPlacementSeeTheSameArrivalsForEverySeed() {
        Scenario best = tiny("best-fit");
        Scenario worst = tiny("worst-fit");
        List<Long> seeds = Replications.seeds(best.simulation().seed(), 3);
        assertEquals(best.simulation().seed(), seeds.get(0), "replication 0 uses the scenario's own seed");
        for (long seed : seeds) {
            List<String> a = requests(best, seed);
            assertTrue(a.size() > 20);
            assertEquals(a, requests(worst, seed));
        }
        assertNotEquals(requests(best, seeds.get(1)), requests(best, seeds.get(2)), "replications differ from each other");
    }

    @Test
    void parallelReplicationsGiveTheNumbersOfSingleRuns() {
        Scenario scenario = tiny("best-fit");
        List<RunResult> parallel = ReplicatedRun.run(scenario, 3);
        for (int i = 0; i < 3; i++) {
            long seed = Replications.seed(scenario.simulation().seed(), i);
            assertEquals(seed, parallel.get(i).seed());
            assertEquals(Summary.of(SimulationRun.run(scenario, seed), List.of()), Summary.of(parallel.get(i), List.of()));
        }
    }
}
