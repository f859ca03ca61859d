package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress a run reports as the engine takes its requests. */
class ObservedRequestsTest {
    private record Report(double simulated, double total, long requests) {
    }

    @Test
    void simulatedTimeAndRequestsGrowToTheEndOfBothPasses() {
        // tiny.yaml has sharing (overflow), so it is simulated twice: with and without the agreements
        Scenario scenario = ScenarioReader.read(Path.of("src/test/resources/scenarios/tiny.yaml"));
        double duration = scenario.simulation().duration();
        List<Report> reports = new ArrayList<>();
        SimulationRun.run(scenario, 7, new ObservedRequests(scenario, 7, (s, t, r) -> reports.add(new Report(s, t, r)),
            ObservedRequests.totalSeconds(scenario)));

        assertTrue(reports.size() > 50, "a report per request: " + reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            assertEquals(2 * duration, r.total(), "two passes");
            assertEquals(i + 1, r.requests(), "one more request each time");
            assertTrue(r.simulated() >= 0 && r.simulated() <= r.total(), r.toString());
            if (i > 0) {
                assertTrue(r.simulated() >= reports.get(i - 1).simulated(), "time never goes back: " + r + " after " + reports.get(i - 1));
            }
        }
        long firstPass = reports.stream().filter(r -> r.simulated() <= duration).count();
        assertTrue(firstPass > 0 && firstPass < reports.size(), "the second pass continues the count");
        assertTrue(reports.get(reports.size() - 1).simulated() > 1.9 * duration, "the last arrival is near the end");
    }
}
