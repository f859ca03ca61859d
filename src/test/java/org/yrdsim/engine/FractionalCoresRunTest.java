package org.yrdsim.engine;

import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.Summary;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic flavours of part of a core, from the scenario file through placement to the sampled figures. */
class FractionalCoresRunTest {
    /** One host of {@code cores} cores and a busy stream of VMs of {@code flavourCores} each. */
    private static RunResult run(int cores, String flavourCores) {
        return SimulationRun.run(TestScenarios.parse("""
            name: fractional
            simulation: {duration: 24h, sampleInterval: 10min, seed: 4}
            cities: [{name: here, latitude: 31, longitude: 121}]
            sites:
              - {name: s, latitude: 31, longitude: 121, pue: 1.0, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}
            hostTypes:
              - {name: h, cores: %d, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps,
                 power: {idle: 100 W, peak: 200 W}}
            operators:
              - {name: op, datacenters: [{site: s, hosts: {h: 1}}]}
            workloads:
              - name: small
                operator: op
                origin: here
                arrivals: {rate: 60/h}
                flavours: [{cores: %s, memory: 256 MiB, weight: 1}]
                lifetime: {distribution: exponential, mean: 1h}
                cpuUsage: {distribution: constant, value: 0.5}
            placement: {hostPolicy: first-fit}
            """.formatted(cores, flavourCores)));
    }

    /**
     * About 60 VMs of half a core are asked for at once of one core: it holds two at a time, so
     * every sample allocates 0.5 core per VM alive, never more than 2 VMs, and the rest are turned
     * away. With whole cores it would hold one.
     */
    @Test
    void aCoreHoldsTwoHalfCoreVms() {
        RunResult run = run(1, "0.5");
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        for (int i = 0; i < cluster.size(); i++) {
            assertEquals(0.5 * cluster.get(Metric.HOSTED_VMS, i), cluster.get(Metric.ALLOCATED_CORES, i), "sample " + i);
        }
        assertEquals(2, Arrays.stream(cluster.values(Metric.HOSTED_VMS)).max().orElseThrow());
        ScopeFigures summary = Summary.of(run, List.of()).cluster();
        assertTrue(summary.rejections() > 0, summary.toString());
        assertEquals(run.peakRequestedCores(), Math.rint(run.peakRequestedCores() * 2) / 2, "a multiple of 0.5");
    }

    /**
     * Tenth-core VMs: the allocated cores at every sample are exactly a tenth of the VMs alive, as
     * a decimal, which they would not be if 0.1 were added up in floating point (0.1 + 0.2 is not 0.3).
     */
    @Test
    void tenthCoreVmsAddUpToExactDecimals() {
        RunResult run = run(8, "0.1");
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        boolean someNotWhole = false;
        for (int i = 0; i < cluster.size(); i++) {
            double vms = cluster.get(Metric.HOSTED_VMS, i);
            assertEquals(vms / 10, cluster.get(Metric.ALLOCATED_CORES, i), "sample " + i);
            someNotWhole |= vms % 10 != 0;
        }
        assertTrue(someNotWhole, "no sample had a fractional allocation to check");
    }
}
