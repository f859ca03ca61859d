package org.yrdsim.engine;

import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.Summary;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Energy against hand-computed values, and what happens to the VMs of hosts that fail. */
class EnergyAndFailureTest {
    private static final String ONE_HOST = """
        name: energy
        simulation: {duration: 10h, sampleInterval: 15min, seed: 1}
        cities: [{name: c, latitude: 31, longitude: 121}]
        sites:
          - name: s
            latitude: 31
            longitude: 121
            pue: [1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]
            gridCarbon: 0.6 kg/kWh
            greenShare: 0.25
            tariff: [0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh,
                     1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh,
                     1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh, 1 CNY/kWh]
        hostTypes:
          - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps,
             power: {watts: [100, 120, 140, 160, 180, 200, 220, 240, 260, 280, 300]}}
        operators: [{name: op, datacenters: [{site: s, hosts: {h: 1}}]}]
        workloads: []
        placement: {hostPolicy: first-fit}
        """;

    /**
     * One VM of all 8 cores at 45% from time 0 to past the end: the host runs at 45% load, which the
     * curve puts halfway between 40% (180 W) and 50% (200 W): 190 W for 10 h = 1.9 kWh. The PUE
     * only changes at 12:00, so all 10 h are at 1.1; the tariff is 0.3 yuan until 08:00 and 1.0 after.
     */
    @Test
    void hostAtKnownLoadUsesTheCurveTimesTheTime() {
        VmRequest vm = new VmRequest(0, 0, 100 * 3600, 8000, 1024, "op", "c", "fixed", UsageProfile.constant(0.45));
        RunResult run = SimulationRun.run(TestScenarios.parse(ONE_HOST), 1, () -> new HostPolicyRunTest.ListSource(List.of(vm)));
        ScopeFigures summary = Summary.of(run, List.of()).cluster();
        double itKwh = 190 * 10 / 1000.0;
        assertEquals(itKwh, summary.itEnergyKwh(), 1e-9);
        assertEquals(itKwh * 1.1, summary.facilityEnergyKwh(), 1e-9);
        assertEquals(1.1, summary.pue(), 1e-12);
        assertEquals(itKwh * 1.1 * 0.6 * 0.75 / 1000, summary.carbonTonnes(), 1e-12);
        double cost = 0.19 * 1.1 * (0.3 * 8 + 1.0 * 2);
        assertEquals(cost, summary.costYuan(), 1e-9);
    }

    /** A scenario whose hosts fail often and are repaired slowly, fed by a steady stream. */
    private static final String FAILING = """
        name: failing
        simulation: {duration: 2d, sampleInterval: 30min, seed: 5}
        cities: [{name: c, latitude: 31, longitude: 121}]
        sites:
          - {name: s1, latitude: 31, longitude: 121, pue: 1.2, gridCarbon: 0.5 kg/kWh, greenShare: 0, tariff: 1 CNY/kWh}
          - {name: s2, latitude: 31.1, longitude: 121.1, pue: 1.2, gridCarbon: 0.5 kg/kWh, greenShare: 0, tariff: 1 CNY/kWh}
        hostTypes:
          - {name: h, cores: 16, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
        operators:
          - {name: a, datacenters: [{site: s1, hosts: {h: 10}}, {site: s2, hosts: {h: 6}}]}
        workloads:
          - name: w
            operator: a
            origin: c
            arrivals: {rate: 40/h}
            flavours: [{cores: 2, memory: 8 GiB, weight: 3}, {cores: 8, memory: 32 GiB, weight: 1}]
            lifetime: {distribution: exponential, mean: 4h}
            cpuUsage: {distribution: uniform, min: 0.1, max: 0.9}
        failures:
          hosts:
            timeBetweenFailures: {distribution: exponential, mean: 30h}
            repairTime: {distribution: lognormal, median: 3h, sigma: 0.5}
          outages:
            - {datacenter: a@s2, at: 20h, duration: 6h}
        placement: {hostPolicy: best-fit}
        """;

    /**
     * Every VM thrown off a failed host is either placed again or lost, never both and never
     * neither: the VMs found on the hosts at every sample equal those placed, less those that left
     * and those lost, and every eviction shows up as exactly one of the two.
     */
    @Test
    void evictedVmsAreReplacedOrLostExactlyOnce() {
        RunResult run = SimulationRun.run(TestScenarios.parse(FAILING));
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        double placed = 0;
        double left = 0;
        double lost = 0;
        double replaced = 0;
        for (int i = 0; i < cluster.size(); i++) {
            placed += cluster.get(Metric.OWNED_PLACEMENTS, i);
            left += cluster.get(Metric.OWNED_DEPARTURES, i);
            lost += cluster.get(Metric.OWNED_LOST, i);
            replaced += cluster.get(Metric.REPLACED, i);
            assertEquals(placed - left - lost, cluster.get(Metric.HOSTED_VMS, i), "VMs on hosts at sample " + i);
            assertEquals(placed - left - lost, cluster.get(Metric.OWNED_VMS, i), "VMs of the requests at sample " + i);
        }
        // on each datacenter's hosts, VMs re-placed elsewhere count as lost there and placed where they went
        run.series().forEach((scope, s) -> {
            double hosted = 0;
            for (int i = 0; i < s.size(); i++) {
                hosted += s.get(Metric.HOSTED_PLACEMENTS, i) - s.get(Metric.HOSTED_DEPARTURES, i) - s.get(Metric.HOSTED_LOST, i);
                assertEquals(hosted, s.get(Metric.HOSTED_VMS, i), scope + " at sample " + i);
            }
        });
        assertTrue(replaced > 20 && lost > 0, "the scenario should both re-place and lose VMs: " + replaced + " / " + lost);
        // during the outage a@s2's cores are all unavailable
        ScopeSeries s2 = run.series().get(Scope.datacenter("a@s2"));
        int midOutage = (int) (23 * 2);
        assertEquals(s2.get(Metric.CORE_CAPACITY, midOutage), s2.get(Metric.UNAVAILABLE_CORES, midOutage));
        assertEquals(0, s2.get(Metric.HOSTED_VMS, midOutage));
        assertEquals(0, s2.get(Metric.IT_POWER_W, midOutage));
    }

    /**
     * Two hosts, switched off after 30 min empty, 10 min to boot. A VM from 0 to 1 h keeps host 0
     * on; host 1 goes off at 0:30, host 0 at 1:30. A VM arriving at 3:00 boots host 0 and starts
     * at 3:10, so it leaves at 3:10 + 1 h.
     */
    @Test
    void idleHostsGoOffAndBootForTheNextRequest() {
        String scenario = ONE_HOST.replace("hosts: {h: 1}", "hosts: {h: 2}").replace("10h, sampleInterval: 15min", "6h, sampleInterval: 5min")
            + "powerOff: {idleAfter: 30min, bootDelay: 10min}\n";
        List<VmRequest> vms = List.of(
            new VmRequest(0, 0, 3600, 8000, 1024, "op", "c", "fixed", UsageProfile.constant(0.45)),
            new VmRequest(1, 3 * 3600, 3600, 8000, 1024, "op", "c", "fixed", UsageProfile.constant(0.45)));
        RunResult run = SimulationRun.run(TestScenarios.parse(scenario), 1, () -> new HostPolicyRunTest.ListSource(vms));
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        int perHour = 12;
        assertEquals(1, cluster.get(Metric.HOSTS_OFF, 9), "at 0:45 host 1 is off");
        assertEquals(190, cluster.get(Metric.IT_POWER_W, 9), 1e-9, "at 0:45 only host 0 runs, at 45%");
        assertEquals(100, cluster.get(Metric.IT_POWER_W, perHour + 3), 1e-9, "at 1:15 host 0 is empty but still on");
        assertEquals(2, cluster.get(Metric.HOSTS_OFF, 2 * perHour), "at 2:00 both are off");
        assertEquals(0, cluster.get(Metric.IT_POWER_W, 2 * perHour));
        int bootingSample = 3 * perHour + 1;
        assertEquals(1, cluster.get(Metric.HOSTS_OFF, bootingSample), "at 3:05 host 0 is booting");
        assertEquals(100, cluster.get(Metric.IT_POWER_W, bootingSample), 1e-9, "a booting host draws idle power");
        assertEquals(8, cluster.get(Metric.ALLOCATED_CORES, bootingSample), "its VM holds the cores while it waits");
        assertEquals(190, cluster.get(Metric.IT_POWER_W, 3 * perHour + 3), 1e-9, "at 3:15 the VM runs");
        assertEquals(1, cluster.get(Metric.HOSTED_VMS, 4 * perHour + 1), "at 4:05 the VM, started at 3:10, is still there");
        assertEquals(0, cluster.get(Metric.HOSTED_VMS, 4 * perHour + 3), "at 4:15 it has left");
    }
}
