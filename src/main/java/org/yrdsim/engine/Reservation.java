package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostTable;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.workload.VmRequest;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * EASY backfilling's promise to the first waiting request: the host, and the earliest time, at
 * which enough room frees for it, found from the known ends of the VMs running now. Other requests
 * may start ahead of it if they end by then, or if they leave it that room on that host: the
 * host's spare room is what it will have then beyond what the promise needs.
 */
final class Reservation {
    /** No host frees enough room before the run ends: nothing that starts now can delay the head. */
    static final Reservation NONE = new Reservation(Double.POSITIVE_INFINITY, null, -1, 0, 0);

    final double time;
    final ClusterDatacenter datacenter;
    final int slot;
    private int spareMilli;
    private long spareMemory;

    private Reservation(double time, ClusterDatacenter datacenter, int slot, int spareMilli, long spareMemory) {
        this.time = time;
        this.datacenter = datacenter;
        this.slot = slot;
        this.spareMilli = spareMilli;
        this.spareMemory = spareMemory;
    }

    /**
     * Walks the departures in order of their ends, adding each VM's room back to its host, until a
     * host of a datacenter the scheduler may give the head has room for it; the VMs ending at that
     * same instant on that host are added too. Only the host a departure touches can newly fit, so
     * each step checks one host.
     */
    static Reservation of(VmRequest head, Departures departures, DatacenterScheduler scheduler) {
        Map<ClusterDatacenter, Boolean> usable = new IdentityHashMap<>();
        Map<ClusterDatacenter, Map<Integer, long[]>> freed = new IdentityHashMap<>();
        Reservation[] found = {NONE};
        departures.visitInOrder((end, vm) -> {
            Reservation best = found[0];
            if (end > best.time) {
                return false;
            }
            ClusterDatacenter dc = vm.datacenter();
            HostTable hosts = dc.table();
            if (vm.evicted() || !hosts.takesVms(vm.slot())
                || (best != NONE && (dc != best.datacenter || vm.slot() != best.slot))
                || !usable.computeIfAbsent(dc, d -> scheduler.mayUse(head, d))) {
                return true;
            }
            long[] room = freed.computeIfAbsent(dc, d -> new HashMap<>())
                .computeIfAbsent(vm.slot(), s -> new long[]{hosts.freeMilli(s), hosts.freeMemory(s)});
            room[0] += vm.milliCores();
            room[1] += vm.request().memoryMib();
            if (room[0] >= head.milliCores() && room[1] >= head.memoryMib()) {
                found[0] = new Reservation(end, dc, vm.slot(), (int) (room[0] - head.milliCores()), room[1] - head.memoryMib());
            }
            return true;
        });
        return found[0];
    }

    /** Whether a request starting now and ending at {@code end} is done by the promised time. */
    boolean endsBefore(double end) {
        return end <= time;
    }

    int spareMilli() {
        return spareMilli;
    }

    long spareMemory() {
        return spareMemory;
    }

    /** A request that outlasts the promise took some of the reserved host's spare room. */
    void take(VmRequest request) {
        spareMilli -= request.milliCores();
        spareMemory -= request.memoryMib();
    }

    /** Whether a placement on this host and datacenter touches the promised room. */
    boolean on(ClusterDatacenter dc, int hostSlot) {
        return dc == datacenter && hostSlot == slot;
    }
}
