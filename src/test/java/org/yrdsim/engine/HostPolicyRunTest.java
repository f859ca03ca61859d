package org.yrdsim.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Host policies through the whole engine, on a cluster small enough to follow by hand: four
 * hosts of 8 cores; VMs of 4, 2, 6 and 2 cores arrive at 1, 2, 3 and 4 h and never leave.
 */
class HostPolicyRunTest {

    /**
     * first fit: 4->h0, 2->h0, 6->h1, 2->h0: active hosts 2;
     * best fit:  4->h0, 2->h0 (4 free beats 8), 6->h1, 2->h0 (2 free): active 2;
     * worst fit: 4->h0, 2->h1 (8 free), 6->h2, 2->h3: active 4.
     */
    @ParameterizedTest
    @CsvSource({"first-fit,2", "best-fit,2", "worst-fit,4"})
    void activeHostsAfterFourArrivals(String policy, int activeHosts) {
        List<VmRequest> requests = new ArrayList<>();
        int[] cores = {4, 2, 6, 2};
        for (int i = 0; i < cores.length; i++) {
            requests.add(new VmRequest(i, 3600.0 * (i + 1), 100 * 3600, cores[i] * 1000, 1024, "op", "c", "by-hand",
                UsageProfile.constant(0.5)));
        }
        RunResult run = SimulationRun.run(TestScenarios.parse(cluster(policy)), 1, () -> new ListSource(requests));
        var cluster = run.series().get(Scope.CLUSTER);
        int last = cluster.size() - 1;
        assertEquals(14, cluster.get(Metric.ALLOCATED_CORES, last));
        assertEquals(4, cluster.get(Metric.HOSTED_VMS, last));
        assertEquals(activeHosts, cluster.get(Metric.ACTIVE_HOSTS, last));
    }

    private static String cluster(String policy) {
        return """
            name: four
            simulation: {duration: 5h, sampleInterval: 5h, seed: 1}
            cities: [{name: c, latitude: 31, longitude: 121}]
            sites: [{name: s, latitude: 31, longitude: 121, pue: 1.1, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}]
            hostTypes:
              - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
            operators: [{name: op, datacenters: [{site: s, hosts: {h: 4}}]}]
            workloads: []
            placement: {hostPolicy: %s}
            """.formatted(policy);
    }

    /** Requests given in a list, for runs checked by hand. */
    static final class ListSource implements RequestSource {
        private final Iterator<VmRequest> requests;

        ListSource(List<VmRequest> requests) {
            this.requests = requests.iterator();
        }

        @Override
        public boolean hasNext() {
            return requests.hasNext();
        }

        @Override
        public VmRequest next() {
            return requests.next();
        }
    }
}
