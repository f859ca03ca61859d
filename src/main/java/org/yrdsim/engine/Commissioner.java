package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostPhase;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Brings the hosts of each later phase of a datacenter into service at the phase's time. Until
 * then they are held down (see the cluster's host table), so they take no VMs, draw no power and
 * count in no capacity; bringing each one in is the placer's job, as for a repaired host.
 */
final class Commissioner {
    private record Due(ClusterDatacenter dc, HostPhase phase) {
    }

    private final List<ClusterDatacenter> datacenters;
    private final Clock clock;
    private final ObjIntConsumer<ClusterDatacenter> commission;

    Commissioner(List<ClusterDatacenter> datacenters, Clock clock, ObjIntConsumer<ClusterDatacenter> commission) {
        this.datacenters = datacenters;
        this.clock = clock;
        this.commission = commission;
    }

    void start() {
        for (ClusterDatacenter dc : datacenters) {
            for (HostPhase phase : dc.laterPhases()) {
                clock.at(phase.at(), EngineEvent.HOSTS_COMMISSIONED, new Due(dc, phase));
            }
        }
    }

    void handle(Object data) {
        Due due = (Due) data;
        for (int slot = due.phase().firstSlot(); slot < due.phase().endSlot(); slot++) {
            commission.accept(due.dc(), slot);
        }
    }
}
