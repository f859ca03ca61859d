package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimPlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdsim.TestScenarios;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostPhase;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hosts that come into service in phases: before their time they take no VMs, draw no power and
 * count in no capacity; from it, the host search offers them and every total counts them.
 */
class CommissioningTest {
    /** Two hosts of 8 cores from the start, three more at 10 h; idle 100 W, full 200 W. */
    private static final String PHASED = """
        name: phased
        simulation: {duration: 20h, sampleInterval: 1h, seed: 3}
        cities: [{name: c, latitude: 31, longitude: 121}]
        sites:
          - {name: s, latitude: 31, longitude: 121, pue: 1.0, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}
        hostTypes:
          - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 32 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 100 W, peak: 200 W}}
        operators:
          - name: op
            datacenters:
              - site: s
                commissioning:
                  - {at: 10h, hosts: {h: 3}}
                  - {at: 0d, hosts: {h: 2}}
        workloads: []
        placement: {hostPolicy: POLICY}
        """;

    /** A VM of a whole host at half load, arriving at {@code hour} and staying past the end. */
    private static VmRequest wholeHost(int id, double hour) {
        return new VmRequest(id, hour * 3600, 100 * 3600, 8000, 1024, "op", "c", "fixed", UsageProfile.constant(0.5));
    }

    /**
     * Four whole-host VMs before 10 h find two hosts, four after it find the three new ones: the
     * search learns of the new hosts when they come in and not before. Power counts only hosts in
     * service: two at 150 W before 10 h (the three waiting hosts draw nothing, not even idle
     * power), then 150 W for each busy host and 100 W for each idle one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"first-fit", "best-fit", "worst-fit"})
    void hostsTakeVmsDrawPowerAndCountOnlyFromTheirTime(String policy) {
        List<VmRequest> vms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            vms.add(wholeHost(i, 1.5 + i));
        }
        for (int i = 0; i < 4; i++) {
            vms.add(wholeHost(4 + i, 11.5 + i));
        }
        RunResult run = SimulationRun.run(TestScenarios.parse(PHASED.replace("POLICY", policy)), 3,
            () -> new HostPolicyRunTest.ListSource(vms));
        ScopeSeries s = run.series().get(Scope.CLUSTER);
        // sample i is at i hours and counts what happened in the hour before it
        assertEquals(2, s.get(Metric.HOSTS, 10), "the sample at 10 h reads the cluster before the phase comes in");
        assertEquals(5, s.get(Metric.HOSTS, 11));
        assertEquals(16, s.get(Metric.CORE_CAPACITY, 10));
        assertEquals(40, s.get(Metric.CORE_CAPACITY, 11));
        assertEquals(2 * 32 * 1024, s.get(Metric.MEMORY_CAPACITY_MIB, 10));
        assertEquals(16, s.get(Metric.PHYSICAL_CORES, 10));
        assertEquals(0, s.get(Metric.UNAVAILABLE_CORES, 10), "hosts not yet in service are not counted as down capacity");
        assertEquals(0, s.get(Metric.HOSTS_OFF, 10));
        double placedBefore = 0;
        double rejectedBefore = 0;
        for (int i = 1; i <= 10; i++) {
            placedBefore += s.get(Metric.OWNED_PLACEMENTS, i);
            rejectedBefore += s.get(Metric.REJECTIONS, i);
        }
        assertEquals(2, placedBefore, "before 10 h only the two first hosts take VMs");
        assertEquals(2, rejectedBefore);
        assertEquals(2 * 150, s.get(Metric.IT_POWER_W, 10), 1e-9);
        assertEquals(2 * 150 + 3 * 100, s.get(Metric.IT_POWER_W, 11), 1e-9, "new hosts idle at 100 W once in service");
        assertEquals(5 * 150, s.get(Metric.IT_POWER_W, 16), 1e-9);
        assertEquals(5, s.get(Metric.HOSTED_VMS, 16));
        assertEquals(5, s.get(Metric.ACTIVE_HOSTS, 16));
        assertEquals(3, s.get(Metric.REJECTIONS, 15) + s.get(Metric.REJECTIONS, 14) + s.get(Metric.REJECTIONS, 13)
            + s.get(Metric.REJECTIONS, 12) + 2, "of the last four, one finds no room");
    }

    /** With power-off on, a host that comes into service empty is switched off after the idle time, as any other. */
    @Test
    void emptyNewHostsAreSwitchedOffAfterTheIdleTime() {
        String text = PHASED.replace("POLICY", "best-fit") + "powerOff: {idleAfter: 1h, bootDelay: 0s}\n";
        RunResult run = SimulationRun.run(TestScenarios.parse(text), 3, () -> new HostPolicyRunTest.ListSource(List.of()));
        ScopeSeries s = run.series().get(Scope.CLUSTER);
        assertEquals(2, s.get(Metric.HOSTS_OFF, 5), "the two first hosts are off; the three waiting ones are not in service");
        assertEquals(2, s.get(Metric.HOSTS_OFF, 11), "the new hosts come in running");
        assertEquals(3 * 100, s.get(Metric.IT_POWER_W, 11), 1e-9);
        assertEquals(5, s.get(Metric.HOSTS_OFF, 12));
        assertEquals(0, s.get(Metric.IT_POWER_W, 12), 1e-9);
    }

    /** The scale factor scales each phase's hosts, rounded and never below one, as it scales a datacenter's. */
    @Test
    void scaleScalesEachPhase() {
        String text = PHASED.replace("POLICY", "best-fit").replace("{h: 3}", "{h: 30}").replace("{h: 2}", "{h: 1}")
            .replace("seed: 3}", "seed: 3, scale: 0.1}");
        List<ClusterDatacenter> dcs = SimulationRun.buildCluster(TestScenarios.parse(text), new CloudSimPlus());
        ClusterDatacenter dc = dcs.get(0);
        assertEquals(4, dc.table().size(), "1 x 0.1 rounds to 0 but a phase keeps at least one host; 30 x 0.1 = 3");
        assertEquals(1, dc.table().hostsInService());
        assertEquals(List.of(new HostPhase(36_000, 1, 4)), dc.laterPhases());
        assertEquals(0, dc.find(8000, 1024));
        dc.place(new PlacedVm(wholeHost(0, 0), dc, 0, 3600));
        assertEquals(-1, dc.find(1000, 1024), "with the one host in service full, the three waiting ones are not offered");
        dc.commission(2);
        assertEquals(2, dc.find(8000, 1024), "a host in service is offered at once");
        assertEquals(2, dc.table().hostsInService());
        assertEquals(16_000, dc.table().totalMilli());
    }
}
