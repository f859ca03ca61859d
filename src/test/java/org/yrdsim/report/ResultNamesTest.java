package org.yrdsim.report;

import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.ScenarioOverride;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResultNamesTest {
    @Test
    void studyFoldersAreNamedByScenarioKindAndWhatWasVaried() {
        assertEquals("yrd-tight-sweep-hostPolicy",
            ResultNames.study("yrd-tight", "sweep", List.of("placement.hostPolicy"), List.of()));
        assertEquals("bench-40k-sweep-bench-host__hostPolicy--scale=0.25",
            ResultNames.study("bench-40k", "sweep", List.of("operators.bench.datacenters[0].hosts.bench-host", "placement.hostPolicy"),
                List.of(ScenarioOverride.parse("simulation.scale=0.25"))));
        assertEquals("yrd-tight-plan-general",
            ResultNames.study("yrd-tight", "plan", List.of("operators.alibaba.datacenters[0].hosts.general"), List.of()));
    }
}
