package org.yrdsim.cluster;

import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.datacenters.DatacenterSimple;
import org.yrdsim.scenario.Commissioning;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.HostType;
import org.yrdsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Turns a scenario's topology into CloudSim Plus datacenters and hosts: one datacenter per operator and site. */
public final class ClusterBuilder {
    private ClusterBuilder() {
    }

    /**
     * @param searches makes the host search of one datacenter from the room its hosts offer at the start in
     *                 milli-cores and memory (none on hosts that come into service later)
     */
    public static List<ClusterDatacenter> build(Scenario scenario, CloudSimPlus simulation,
                                                BiFunction<int[], long[], HostSearch> searches) {
        double scale = scenario.simulation().scale();
        double cpuOvercommit = scenario.placement().cpuOvercommit();
        double memoryOvercommit = scenario.placement().memoryOvercommit();
        List<ClusterDatacenter> datacenters = new ArrayList<>();
        for (DatacenterSpec spec : scenario.datacenters()) {
            List<ClusterHost> hosts = new ArrayList<>();
            List<HostPhase> later = new ArrayList<>();
            // slots in the order the hosts come into service, so each later phase is one range of slots
            for (Commissioning phase : spec.phasesInOrder()) {
                int first = hosts.size();
                for (Map.Entry<String, Integer> entry : phase.hosts().entrySet()) {
                    HostType type = scenario.hostType(entry.getKey()).orElseThrow();
                    int count = scaledCount(entry.getValue(), scale);
                    int virtualCores = (int) Math.floor(type.cores() * cpuOvercommit);
                    long ram = (long) Math.floor(type.memoryMib() * memoryOvercommit);
                    for (int i = 0; i < count; i++) {
                        hosts.add(new ClusterHost(type, hosts.size(), virtualCores, ram));
                    }
                }
                if (phase.at() > 0 && hosts.size() > first) {
                    later.add(new HostPhase(phase.at(), first, hosts.size()));
                }
            }
            if (hosts.isEmpty()) {
                continue;
            }
            int[] milli = new int[hosts.size()];
            long[] memory = new long[hosts.size()];
            for (int i = 0; i < milli.length; i++) {
                milli[i] = hosts.get(i).virtualCores() * 1000;
                memory[i] = hosts.get(i).getRam().getCapacity();
            }
            DatacenterSimple datacenter = new WaitingDatacenter(simulation, hosts);
            datacenter.setName(spec.name());
            HostTable table = new HostTable(hosts, milli, memory);
            for (HostPhase phase : later) {
                for (int slot = phase.firstSlot(); slot < phase.endSlot(); slot++) {
                    table.holdUntilCommissioned(slot);
                    milli[slot] = 0;
                    memory[slot] = 0;
                }
            }
            datacenters.add(new ClusterDatacenter(spec, scenario.site(spec.site()).orElseThrow(), datacenter,
                table, searches.apply(milli, memory), List.copyOf(later)));
        }
        return List.copyOf(datacenters);
    }

    /** Scaled host count, rounded, but never scaling a datacenter (or a phase of one) out of existence. */
    public static int scaledCount(int count, double scale) {
        if (count == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(count * scale));
    }
}
