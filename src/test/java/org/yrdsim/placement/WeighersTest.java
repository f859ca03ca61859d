package org.yrdsim.placement;

import org.cloudsimplus.core.CloudSimPlus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yrdsim.TestScenarios;
import org.yrdsim.cluster.ClusterBuilder;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each weigher alone picks the datacenter it should. One operator has a datacenter at Qingpu
 * (near Shanghai, grey power, cheap at night) and one at Jiashan (farther, 90% green, flat price);
 * at Qingpu a quarter of the cores are already taken.
 */
class WeighersTest {
    private static final String SCENARIO = """
        name: weighers
        simulation: {duration: 1h, sampleInterval: 1h, seed: 1}
        cities: [{name: shanghai, latitude: 31.2304, longitude: 121.4737}]
        sites:
          - {name: qingpu, latitude: 31.1497, longitude: 121.1240, pue: 1.2, gridCarbon: 0.58 kg/kWh, greenShare: 0,
             tariff: [0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh, 0.3 CNY/kWh,
                      1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh,
                      1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh, 1.2 CNY/kWh]}
          - {name: jiashan, latitude: 30.83, longitude: 120.926, pue: 1.2, gridCarbon: 0.52 kg/kWh, greenShare: 0.9, tariff: 0.65 CNY/kWh}
        hostTypes:
          - {name: h, cores: 16, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
        operators:
          - {name: a, datacenters: [{site: qingpu, hosts: {h: 4}}, {site: jiashan, hosts: {h: 4}}]}
        workloads: []
        placement:
          hostPolicy: first-fit
          datacenterWeights: {%s}
        """;

    @ParameterizedTest(name = "{0} at {1} h picks {2}")
    @CsvSource({
        "distance: 1, 12, a@qingpu",
        "carbon: 1, 12, a@jiashan",
        "load: 1, 12, a@jiashan",
        "price: 1, 3, a@qingpu",
        "price: 1, 12, a@jiashan",
        "'distance: 1, carbon: 2', 12, a@jiashan",
    })
    void eachWeigherPrefersWhatItShould(String weights, double hour, String expected) {
        Scenario scenario = TestScenarios.parse(SCENARIO.formatted(weights));
        List<ClusterDatacenter> dcs = ClusterBuilder.build(scenario, new CloudSimPlus(),
            (cpu, memory) -> HostIndex.create(scenario.placement().hostPolicy(), cpu, memory));
        LendingLedger ledger = new LendingLedger(List.of(), Map.of(), 0);
        DatacenterScheduler scheduler = new DatacenterScheduler(PlacementParameters.of(scenario), dcs, ledger, new LatencyTable(scenario.cities(), scenario.latency()));
        ClusterDatacenter qingpu = dcs.get(0);
        qingpu.place(new PlacedVm(request(0, 16), qingpu, 0, 3600));
        DatacenterScheduler.Choice choice = scheduler.choose(request(1, 2), hour * 3600, HostFinder.RUNNING).orElseThrow();
        assertEquals(expected, choice.datacenter().name());
    }

    private static VmRequest request(long id, int cores) {
        return new VmRequest(id, 0, 3600, cores * 1000, 1024, "a", "shanghai", "w", UsageProfile.constant(0.5));
    }
}
