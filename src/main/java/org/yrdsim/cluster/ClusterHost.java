package org.yrdsim.cluster;

import org.cloudsimplus.hosts.HostSimple;
import org.cloudsimplus.resources.PeSimple;
import org.yrdsim.scenario.HostType;

import java.util.List;

/**
 * A server of the simulated cluster as a CloudSim Plus host: its resources and its power model.
 * Its CPU is one processing element of all its virtual cores' speed, because one CloudSim object
 * per core (two with its provisioner) was 16 million objects at full size; what the host holds is
 * kept in its datacenter's {@link HostTable}, in milli-cores.
 */
public final class ClusterHost extends HostSimple {
    private final HostType type;
    private final int slot;
    private final int virtualCores;

    ClusterHost(HostType type, int slot, int virtualCores, long ramMib) {
        super(ramMib, type.bandwidthMbps(), type.storageMib(), List.of(new PeSimple(type.coreMhz() * virtualCores)), true);
        this.type = type;
        this.slot = slot;
        this.virtualCores = virtualCores;
        setPowerModel(new CurvePowerModel(type.power()));
    }

    public HostType type() {
        return type;
    }

    /** Cores it offers to VMs: its physical cores times the CPU overcommit. */
    public int virtualCores() {
        return virtualCores;
    }

    /** Position of this host in its datacenter's host list and {@link HostTable}. */
    public int slot() {
        return slot;
    }
}
