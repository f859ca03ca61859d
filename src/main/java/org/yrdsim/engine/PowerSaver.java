package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.ClusterHost;
import org.yrdsim.placement.IndexedAllocationPolicy;
import org.yrdsim.scenario.PowerOffSpec;

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
final class PowerSaver {
    static final int IDLE_CHECK = 900_101;
    static final int BOOT_DONE = 900_102;

    private record IdleCheck(ClusterDatacenter dc, ClusterHost host, long emptiedCount) {
    }

    private final PowerOffSpec spec;
    private final Clock clock;
    // by identity: hosts compare equal by id, which repeats across datacenters, and a datacenter
    // record would hash its whole host list
    private final Map<ClusterDatacenter, TreeSet<Integer>> offSlots = new IdentityHashMap<>();
    private final Map<ClusterHost, Long> emptied = new IdentityHashMap<>();

    PowerSaver(PowerOffSpec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
    }

    /** Every host starts empty, so each gets its first idle check. */
    void start(List<ClusterDatacenter> datacenters) {
        datacenters.forEach(dc -> dc.hosts().forEach(host -> hostEmptied(dc, host)));
    }

    /** Called whenever a host becomes empty. */
    void hostEmptied(ClusterDatacenter dc, ClusterHost host) {
        long count = emptied.merge(host, 1L, Long::sum);
        clock.at(clock.now() + spec.idleAfter(), IDLE_CHECK, new IdleCheck(dc, host, count));
    }

    /** An off host of {@code dc} that would have room for the VM once booted, lowest slot first. */
    Optional<ClusterHost> offHostFor(ClusterDatacenter dc, int cores, long memoryMib) {
        for (int slot : offSlots.getOrDefault(dc, new TreeSet<>())) {
            ClusterHost host = dc.hosts().get(slot);
            if (host.getFreePesNumber() >= cores && host.getRam().getAvailableResource() >= memoryMib) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    void boot(ClusterDatacenter dc, ClusterHost host) {
        offSlots.get(dc).remove(host.slot());
        host.boot(clock.now() + spec.bootDelay());
        IndexedAllocationPolicy.of(dc).refresh(host);
        clock.at(host.readyAt(), BOOT_DONE, host);
    }

    /** A failed host cannot be booted until repaired. */
    void hostFailed(ClusterDatacenter dc, ClusterHost host) {
        TreeSet<Integer> off = offSlots.get(dc);
        if (off != null) {
            off.remove(host.slot());
        }
    }

    void handle(int tag, Object data) {
        if (tag == BOOT_DONE) {
            ClusterHost host = (ClusterHost) data;
            if (host.power() == ClusterHost.Power.BOOTING) {
                host.bootFinished();
            }
            return;
        }
        IdleCheck check = (IdleCheck) data;
        ClusterHost host = check.host();
        if (emptied.get(host) == check.emptiedCount() && host.getVmList().isEmpty() && !host.isDown()
            && host.power() == ClusterHost.Power.ON) {
            host.switchOff();
            IndexedAllocationPolicy.of(check.dc()).refresh(host);
            offSlots.computeIfAbsent(check.dc(), d -> new TreeSet<>()).add(host.slot());
        }
    }
}
