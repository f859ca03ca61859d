package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostTable;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.HostFinder;
import org.yrdsim.scenario.PowerOffSpec;
import org.yrdsim.workload.VmRequest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Switches hosts off when they have been empty for the idle time and boots them again when a
 * request finds no room on running hosts. An idle check carries the host's emptiness count at the
 * time it was set; a host that took a VM since then is not switched off.
 */
final class IdleHostsOff implements PowerSaver {
    private record IdleCheck(ClusterDatacenter dc, int slot, long emptiedCount) {
    }

    private record Booting(ClusterDatacenter dc, int slot) {
    }

    private final PowerOffSpec spec;
    private final Clock clock;
    private final Map<ClusterDatacenter, TreeSet<Integer>> offSlots = new IdentityHashMap<>();
    private final Map<ClusterDatacenter, long[]> emptied = new IdentityHashMap<>();
    /** Made once: a method reference made per request would allocate on the rejection path. */
    private final HostFinder offHosts = this::offHostFor;

    IdleHostsOff(PowerOffSpec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
    }

    /** Every host starts empty, so each gets its first idle check. */
    @Override
    public void start(List<ClusterDatacenter> datacenters) {
        for (ClusterDatacenter dc : datacenters) {
            offSlots.put(dc, new TreeSet<>());
            emptied.put(dc, new long[dc.table().size()]);
            for (int slot = 0; slot < dc.table().size(); slot++) {
                hostEmptied(dc, slot);
            }
        }
    }

    @Override
    public void hostEmptied(ClusterDatacenter dc, int slot) {
        long count = ++emptied.get(dc)[slot];
        clock.at(clock.now() + spec.idleAfter(), EngineEvent.IDLE_CHECK, new IdleCheck(dc, slot, count));
    }

    @Override
    public Optional<DatacenterScheduler.Choice> bootHostFor(DatacenterScheduler scheduler, VmRequest request, double now) {
        Optional<DatacenterScheduler.Choice> choice = scheduler.choose(request, now, offHosts);
        choice.ifPresent(c -> boot(c.datacenter(), c.slot()));
        return choice;
    }

    /** An off host of {@code dc} that would have room for the VM once booted, lowest slot first; -1 if none. */
    private int offHostFor(ClusterDatacenter dc, VmRequest request) {
        HostTable hosts = dc.table();
        for (int slot : offSlots.get(dc)) {
            if (hosts.freeMilli(slot) >= request.milliCores() && hosts.freeMemory(slot) >= request.memoryMib()) {
                return slot;
            }
        }
        return -1;
    }

    private void boot(ClusterDatacenter dc, int slot) {
        offSlots.get(dc).remove(slot);
        double readyAt = clock.now() + spec.bootDelay();
        dc.boot(slot, readyAt);
        clock.at(readyAt, EngineEvent.BOOT_DONE, new Booting(dc, slot));
    }

    /** A failed host cannot be booted until repaired. */
    @Override
    public void hostFailed(ClusterDatacenter dc, int slot) {
        offSlots.get(dc).remove(slot);
    }

    @Override
    public void handle(EngineEvent event, Object data) {
        if (event == EngineEvent.BOOT_DONE) {
            Booting booting = (Booting) data;
            if (booting.dc().table().power(booting.slot()) == HostTable.Power.BOOTING) {
                booting.dc().bootFinished(booting.slot());
            }
            return;
        }
        IdleCheck check = (IdleCheck) data;
        HostTable hosts = check.dc().table();
        int slot = check.slot();
        if (emptied.get(check.dc())[slot] == check.emptiedCount() && hosts.vmCount(slot) == 0 && !hosts.isDown(slot)
            && hosts.power(slot) == HostTable.Power.ON) {
            check.dc().switchOff(slot);
            offSlots.get(check.dc()).add(slot);
        }
    }
}
