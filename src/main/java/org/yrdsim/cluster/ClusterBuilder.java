package org.yrdsim.cluster;

import org.cloudsimplus.allocationpolicies.VmAllocationPolicy;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.datacenters.DatacenterSimple;
import org.cloudsimplus.resources.Pe;
import org.cloudsimplus.resources.PeSimple;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.HostType;
import org.yrdsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a scenario's topology into CloudSim Plus datacenters and hosts: one datacenter per operator and site. */
public final class ClusterBuilder {
    private ClusterBuilder() {
    }

    /**
     * @param policies makes the allocation policy of one datacenter from its hosts
     */
    public static List<ClusterDatacenter> build(Scenario scenario, CloudSimPlus simulation,
                                                Function<List<ClusterHost>, VmAllocationPolicy> policies) {
        double scale = scenario.simulation().scale();
        double cpuOvercommit = scenario.placement().cpuOvercommit();
        double memoryOvercommit = scenario.placement().memoryOvercommit();
        List<ClusterDatacenter> datacenters = new ArrayList<>();
        for (DatacenterSpec spec : scenario.datacenters()) {
            List<ClusterHost> hosts = new ArrayList<>();
            for (Map.Entry<String, Integer> entry : spec.hosts().entrySet()) {
                HostType type = scenario.hostType(entry.getKey()).orElseThrow();
                int count = scaledCount(entry.getValue(), scale);
                int virtualCores = (int) Math.floor(type.cores() * cpuOvercommit);
                long ram = (long) Math.floor(type.memoryMib() * memoryOvercommit);
                for (int i = 0; i < count; i++) {
                    hosts.add(host(type, hosts.size(), virtualCores, ram));
                }
            }
            if (hosts.isEmpty()) {
                continue;
            }
            DatacenterSimple datacenter = new DatacenterSimple(simulation, hosts, policies.apply(hosts));
            datacenter.setName(spec.name());
            datacenters.add(new ClusterDatacenter(spec, scenario.site(spec.site()).orElseThrow(), datacenter, List.copyOf(hosts)));
        }
        return List.copyOf(datacenters);
    }

    /** Scaled host count, rounded, but never scaling a datacenter out of existence. */
    public static int scaledCount(int count, double scale) {
        if (count == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(count * scale));
    }

    private static ClusterHost host(HostType type, int slot, int virtualCores, long ram) {
        List<Pe> pes = new ArrayList<>(virtualCores);
        for (int i = 0; i < virtualCores; i++) {
            pes.add(new PeSimple(type.coreMhz()));
        }
        ClusterHost host = new ClusterHost(type, slot, ram, pes);
        host.setPowerModel(new CurvePowerModel(type.power()));
        return host;
    }
}
