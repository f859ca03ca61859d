package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioOverridesTest {
    static final Path TINY = Path.of("src/test/resources/scenarios/compare-tiny.yaml");

    private static Scenario read(String... sets) {
        return ScenarioOverrides.read(TINY, java.util.Arrays.stream(sets).map(ScenarioOverride::parse).toList());
    }

    @Test
    void parsesKeyAndValue() {
        ScenarioOverride o = ScenarioOverride.parse("placement.hostPolicy=worst-fit");
        assertEquals("placement.hostPolicy", o.keyPath());
        assertEquals("worst-fit", o.value());
        assertEquals("--set placement.hostPolicy=worst-fit", o.argument());
        assertEquals("hostPolicy=worst-fit", o.label());
        assertEquals("memory=384_GiB", ScenarioOverride.parse("hostTypes.small.memory=384 GiB").label());
    }

    @Test
    void refusesAnArgumentWithoutEquals() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioOverride.parse("placement.hostPolicy"));
        assertTrue(e.getMessage().startsWith("--set placement.hostPolicy:"), e.getMessage());
    }

    @Test
    void setsAMappingValue() {
        assertEquals(HostPolicy.WORST_FIT, read("placement.hostPolicy=worst-fit").placement().hostPolicy());
    }

    @Test
    void selectsListElementsByNameAndByIndex() {
        Scenario s = read("operators.alibaba.datacenters[0].hosts.small=9", "operators[1].datacenters[0].hosts.small=5");
        assertEquals(9, s.operators().get(0).datacenters().get(0).hosts().get("small"));
        assertEquals(5, s.operators().get(1).datacenters().get(0).hosts().get("small"));
    }

    @Test
    void valuesAreYamlWithUnits() {
        Scenario s = read("hostTypes.small.memory=128 GB", "simulation.scale=0.5", "placement.overflow=true");
        assertEquals(0.5, s.simulation().scale());
        assertFalse(s.agreements().isEmpty(), "placement.overflow=true gives every operator agreements");
        assertEquals(Units.parse("128 GB", Units.Kind.MEMORY), s.hostType("small").orElseThrow().memoryMib(), 1);
    }

    @Test
    void aBadValueIsReportedAgainstItsArgument() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("placement.hostPolicy=wrost-fit"));
        assertEquals("--set placement.hostPolicy=wrost-fit", e.file());
        assertEquals("placement.hostPolicy", e.keyPath());
        assertTrue(e.problem().contains("'wrost-fit' is not one of"), e.problem());
    }

    @Test
    void anUnknownNewKeyIsRefusedByTheReader() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("placement.hostPolcy=worst-fit"));
        assertEquals("--set placement.hostPolcy=worst-fit", e.file());
        assertTrue(e.problem().contains("unknown key 'hostPolcy'"), e.problem());
    }

    @Test
    void aPathThatDoesNotExistIsAnError() {
        for (String bad : List.of("placment.hostPolicy=worst-fit", "operators.huawei.datacenters[0].hosts.small=3",
            "operators.alibaba.datacenters[4].hosts.small=3", "placement[0]=x", "a..b=1")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> read(bad), bad);
            assertEquals("--set " + bad, e.file(), e.getMessage());
        }
    }

    @Test
    void errorsInTheFileStillNameTheFile() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("hostTypes.small.cores=2"));
        // the flavours (in the file) no longer fit the host type changed by the override
        assertTrue(e.file().endsWith("tiny.yaml"), e.getMessage());
    }
}
