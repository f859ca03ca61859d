package org.yrdsim.cluster;

import org.cloudsimplus.datacenters.Datacenter;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Site;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One operator's datacenter at one site: the CloudSim Plus datacenter and hosts, the hosts' state
 * and the search that finds room among them. Every change of a host goes through here, so the
 * search always sees the room the table holds.
 */
public final class ClusterDatacenter {
    private final DatacenterSpec spec;
    private final String name;
    private final Site site;
    private final Datacenter datacenter;
    private final HostTable table;
    private final HostSearch search;
    private final List<HostPhase> laterPhases;
    /** The different sizes of its hosts, {milli-cores, MiB}: few, as hosts come in a few types. */
    private final long[][] hostSizes;

    ClusterDatacenter(DatacenterSpec spec, Site site, Datacenter datacenter, HostTable table, HostSearch search,
                      List<HostPhase> laterPhases) {
        this.spec = spec;
        this.name = spec.name();
        this.site = site;
        this.datacenter = datacenter;
        this.table = table;
        this.search = search;
        this.laterPhases = laterPhases;
        // made before any VM is placed: every host's free room is then its whole capacity
        this.hostSizes = IntStream.range(0, table.size())
            .mapToObj(slot -> List.of((long) table.freeMilli(slot), table.freeMemory(slot)))
            .distinct().map(size -> new long[]{size.get(0), size.get(1)}).toArray(long[][]::new);
    }

    public DatacenterSpec spec() {
        return spec;
    }

    public Site site() {
        return site;
    }

    public Datacenter datacenter() {
        return datacenter;
    }

    public HostTable table() {
        return table;
    }

    /** {@code operator@site}, built once: metrics look datacenters up by name at every placement. */
    public String name() {
        return name;
    }

    public String operator() {
        return spec.operator();
    }

    public List<ClusterHost> hosts() {
        return datacenter.getHostList();
    }

    /** The hosts that come into service after the start, phase by phase. */
    public List<HostPhase> laterPhases() {
        return laterPhases;
    }

    /** Virtual cores offered by its hosts in service. */
    public long offeredCores() {
        return table.totalMilli() / 1000;
    }

    /** Whether one of its hosts, empty, would have room for this much. */
    public boolean couldHold(int milliCores, long memoryMib) {
        for (long[] size : hostSizes) {
            if (size[0] >= milliCores && size[1] >= memoryMib) {
                return true;
            }
        }
        return false;
    }

    /** Slot of the running host the search picks for this room, or -1. */
    public int find(int milliCores, long memoryMib) {
        return search.find(milliCores, memoryMib);
    }

    /**
     * As {@link #find}, with one host offering no more than {@code keepMilli} and {@code keepMemory}
     * of its room: what a promise made to a waiting request leaves on that host for others.
     */
    public int findHolding(int milliCores, long memoryMib, int heldSlot, int keepMilli, long keepMemory) {
        int openMilli = table.openMilli(heldSlot);
        long openMemory = table.openMemory(heldSlot);
        search.update(heldSlot, Math.min(openMilli, keepMilli), Math.min(openMemory, keepMemory));
        int slot = search.find(milliCores, memoryMib);
        search.update(heldSlot, openMilli, openMemory);
        return slot;
    }

    public void place(PlacedVm vm) {
        table.attach(vm);
        refresh(vm.slot());
    }

    public void remove(PlacedVm vm) {
        table.detach(vm);
        refresh(vm.slot());
    }

    public void switchOff(int slot) {
        table.setPower(slot, HostTable.Power.OFF, 0);
        refresh(slot);
    }

    public void boot(int slot, double readyAt) {
        table.setPower(slot, HostTable.Power.BOOTING, readyAt);
        refresh(slot);
    }

    public void bootFinished(int slot) {
        table.setPower(slot, HostTable.Power.ON, table.readyAt(slot));
    }

    public void fail(int slot) {
        table.fail(slot);
        refresh(slot);
    }

    public void repair(int slot) {
        table.repair(slot);
        refresh(slot);
    }

    /** A host comes into service: its room joins the search (unless a failure still holds it down). */
    public void commission(int slot) {
        table.commission(slot);
        refresh(slot);
    }

    private void refresh(int slot) {
        search.update(slot, table.openMilli(slot), table.openMemory(slot));
    }

    @Override
    public String toString() {
        return name();
    }
}
