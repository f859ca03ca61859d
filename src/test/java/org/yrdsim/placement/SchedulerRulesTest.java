package org.yrdsim.placement;

import org.cloudsimplus.core.CloudSimPlus;
import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.cluster.ClusterBuilder;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.scenario.Agreement;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduler's rules, checked on every one of many random requests while the cluster fills:
 * never beyond a request's latency limit, never in a datacenter its operator may not use, never
 * past a lending cap; and the tiers: own datacenters before overflow.
 */
class SchedulerRulesTest {
    /**
     * Three operators. a (Qingpu, 4 hosts) may overflow into b (Jiashan) up to 25% of b's cores and
     * into c (Nanjing, far) freely; b pools with nobody; c may use nothing. Stream "near" has a 1 ms
     * limit from Shanghai, which rules Nanjing out (about 300 km: 2.3 ms).
     */
    private static final String SCENARIO = """
        name: rules
        simulation: {duration: 1h, sampleInterval: 1h, seed: 1}
        cities: [{name: shanghai, latitude: 31.2304, longitude: 121.4737}]
        sites:
          - {name: qingpu, latitude: 31.1497, longitude: 121.1240, pue: 1.2, gridCarbon: 0.5 kg/kWh, greenShare: 0, tariff: 1 CNY/kWh}
          - {name: jiashan, latitude: 30.83, longitude: 120.926, pue: 1.2, gridCarbon: 0.5 kg/kWh, greenShare: 0, tariff: 1 CNY/kWh}
          - {name: nanjing, latitude: 32.0603, longitude: 118.7969, pue: 1.2, gridCarbon: 0.5 kg/kWh, greenShare: 0, tariff: 1 CNY/kWh}
        hostTypes:
          - {name: h, cores: 16, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
        operators:
          - {name: a, datacenters: [{site: qingpu, hosts: {h: 4}}]}
          - {name: b, datacenters: [{site: jiashan, hosts: {h: 4}}]}
          - {name: c, datacenters: [{site: nanjing, hosts: {h: 4}}]}
        workloads:
          - name: near
            operator: a
            origin: shanghai
            latencyLimit: 1ms
            arrivals: {rate: 1/h}
            flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
            lifetime: {distribution: exponential, mean: 1h}
            cpuUsage: {distribution: constant, value: 0.1}
        sharing:
          agreements:
            - {lender: b, borrower: a, mode: overflow, priority: 1, maxShare: 0.25, price: 0.1 CNY/coreh}
            - {lender: c, borrower: a, mode: overflow, priority: 2}
        placement: {hostPolicy: best-fit}
        """;

    @Test
    void everyChoiceKeepsTheRules() {
        Scenario scenario = TestScenarios.parse(SCENARIO);
        List<ClusterDatacenter> dcs = ClusterBuilder.build(scenario, new CloudSimPlus(),
            (cpu, memory) -> HostIndex.create(scenario.placement().hostPolicy(), cpu, memory));
        Map<String, Long> cores = new HashMap<>();
        dcs.forEach(dc -> cores.merge(dc.operator(), dc.offeredCores(), Long::sum));
        LatencyTable latencies = new LatencyTable(scenario.cities(), scenario.latency());
        LendingLedger ledger = new LendingLedger(scenario.agreements(), cores, 0);
        DatacenterScheduler scheduler = new DatacenterScheduler(PlacementParameters.of(scenario), dcs, ledger, latencies);
        SplittableRandom random = new SplittableRandom(3);
        Map<String, Integer> placedIn = new HashMap<>();
        double maxHeldInB = 0;
        List<PlacedVm> placed = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean limited = random.nextBoolean();
            // mostly a, so that a fills its own datacenter and leans on its agreements
            String operator = new String[]{"a", "a", "a", "a", "a", "b", "c"}[random.nextInt(7)];
            VmRequest request = new VmRequest(i, 0, 3600, (1 + random.nextInt(4)) * 1000, 1024, operator, "shanghai",
                limited ? "near" : "free", UsageProfile.constant(0.1));
            Optional<DatacenterScheduler.Choice> choice = scheduler.choose(request, 0, HostFinder.RUNNING);
            if (choice.isEmpty()) {
                continue;
            }
            ClusterDatacenter dc = choice.get().datacenter();
            if (limited) {
                assertTrue(latencies.seconds("shanghai", dc) <= 0.001, "placed beyond its 1 ms limit in " + dc.name());
            }
            if (!dc.operator().equals(operator)) {
                Agreement a = ledger.agreement(operator, dc.operator());
                assertTrue(a != null, operator + " placed in " + dc.name() + " without an agreement");
                ledger.change(operator, dc.operator(), request.milliCores(), 0);
                if (dc.operator().equals("b")) {
                    maxHeldInB = Math.max(maxHeldInB, ledger.held("a", "b"));
                }
                assertTrue(ledger.held(operator, dc.operator()) <= a.maxShare() * cores.get(dc.operator()),
                    "lending cap passed: " + ledger.held(operator, dc.operator()));
            }
            PlacedVm vm = new PlacedVm(request, dc, choice.get().slot(), 3600);
            dc.place(vm);
            placed.add(vm);
            placedIn.merge(operator + "->" + dc.operator(), request.milliCores(), Integer::sum);
            // an occasional departure keeps the cluster churning
            if (random.nextInt(4) == 0) {
                PlacedVm leaving = placed.remove(random.nextInt(placed.size()));
                ClusterDatacenter from = leaving.datacenter();
                from.remove(leaving);
                if (!from.operator().equals(leaving.request().operator())) {
                    ledger.change(leaving.request().operator(), from.operator(), -leaving.milliCores(), 0);
                }
            }
        }
        // the cluster did fill up far enough for every rule to be exercised: a reached its cap in b
        assertEquals(16, maxHeldInB, "a never reached its 25% cap in b (16 of 64 cores)");
        assertTrue(placedIn.getOrDefault("a->b", 0) > 0, "a never overflowed into b: " + placedIn);
        assertTrue(placedIn.getOrDefault("a->c", 0) > 0, "a never overflowed into c: " + placedIn);
        assertEquals(0, placedIn.getOrDefault("b->a", 0) + placedIn.getOrDefault("c->a", 0) + placedIn.getOrDefault("b->c", 0)
            + placedIn.getOrDefault("c->b", 0), "placements without an agreement: " + placedIn);
    }
}
