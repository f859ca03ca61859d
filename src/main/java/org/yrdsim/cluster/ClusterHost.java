package org.yrdsim.cluster;

import org.cloudsimplus.hosts.HostSimple;
import org.cloudsimplus.resources.Pe;
import org.cloudsimplus.vms.Vm;
import org.yrdsim.scenario.HostType;

import java.util.List;

/**
 * A server of the simulated cluster. It offers {@code cores x cpuOvercommit} virtual cores as
 * CloudSim PEs, so CloudSim's own provisioners enforce the overcommitted capacity, while CPU use
 * and power are reckoned against its physical cores.
 */
public final class ClusterHost extends HostSimple {
    private final HostType type;
    private final int slot;

    ClusterHost(HostType type, int slot, long ramMib, List<Pe> pes) {
        super(ramMib, type.bandwidthMbps(), type.storageMib(), pes, true);
        this.type = type;
        this.slot = slot;
    }

    public HostType type() {
        return type;
    }

    /** Position of this host in its datacenter's host list; the host index is keyed by it. */
    public int slot() {
        return slot;
    }

    /** Physical cores kept busy at {@code time} by the VMs on this host, at most all of them. */
    public double usedCores(double time) {
        double used = 0;
        List<Vm> vms = getVmList();
        for (int i = 0; i < vms.size(); i++) {
            PlacedVm vm = (PlacedVm) vms.get(i);
            used += vm.request().cores() * vm.request().cpuUsage().at(time);
        }
        return Math.min(used, type.cores());
    }

    /** IT power drawn at {@code time}, from the host type's curve at its CPU load. */
    public double powerWatts(double time) {
        return type.power().wattsAt(usedCores(time) / type.cores());
    }

    /**
     * CloudSim keeps every VM a host ever ran; over a day of arrivals that list, not the VMs
     * alive at once, would bound memory. Departed VMs are accounted for by the metrics instead.
     */
    @Override
    protected void addVmToCreatedList(Vm vm) {
        // deliberately not kept
    }
}
