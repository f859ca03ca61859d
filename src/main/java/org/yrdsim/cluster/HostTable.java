package org.yrdsim.cluster;

import org.cloudsimplus.power.models.PowerModelHost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one datacenter's hosts, slot by slot, in primitive arrays: room (CPU in
 * milli-cores, so fractional requests fit exactly; memory in MiB), the VMs on each, power and
 * failures, with running totals that a sample reads instead of visiting every host. Changed only
 * through {@link ClusterDatacenter}, which keeps the host search in step with it.
 */
public final class HostTable {
    /** Off hosts draw nothing and take no VMs; a booting host takes VMs that start when it is up. */
    public enum Power { ON, BOOTING, OFF }

    private final List<ClusterHost> hosts;
    private final PowerModelHost[] powerModels;
    private final int[] physicalMilli;
    private final int[] capacityMilli;
    private final long[] capacityMemory;
    private final int[] freeMilli;
    private final long[] freeMemory;
    private final int[] vmCount;
    private final Power[] power;
    private final double[] readyAt;
    private final int[] failures;
    /** Heads of each host's two VM lists: VMs whose use the load sums, and VMs evaluated one by one. */
    private final PlacedVm[] summedVms;
    private final PlacedVm[] varyingVms;
    private final HostLoad load;
    private final long totalMilli;
    private final long totalMemory;
    private final long physicalCores;
    private long allocatedMilli;
    private long allocatedMemory;
    private long vms;
    private int activeHosts;
    private int hostsOff;
    private long unavailableMilli;
    private long placements;

    /** @param virtualMilli CPU each host offers (its cores times the overcommit), in milli-cores */
    HostTable(List<ClusterHost> hosts, int[] virtualMilli, long[] memoryMib) {
        int n = hosts.size();
        this.hosts = List.copyOf(hosts);
        this.capacityMilli = virtualMilli.clone();
        this.capacityMemory = memoryMib.clone();
        this.freeMilli = virtualMilli.clone();
        this.freeMemory = memoryMib.clone();
        this.vmCount = new int[n];
        this.power = new Power[n];
        Arrays.fill(power, Power.ON);
        this.readyAt = new double[n];
        this.failures = new int[n];
        this.summedVms = new PlacedVm[n];
        this.varyingVms = new PlacedVm[n];
        this.powerModels = new PowerModelHost[n];
        this.physicalMilli = new int[n];
        long cores = 0;
        for (int i = 0; i < n; i++) {
            powerModels[i] = hosts.get(i).getPowerModel();
            physicalMilli[i] = hosts.get(i).type().cores() * 1000;
            cores += hosts.get(i).type().cores();
        }
        this.load = new HostLoad(physicalMilli);
        this.totalMilli = Arrays.stream(virtualMilli).asLongStream().sum();
        this.totalMemory = Arrays.stream(memoryMib).sum();
        this.physicalCores = cores;
    }

    public int size() {
        return hosts.size();
    }

    public ClusterHost host(int slot) {
        return hosts.get(slot);
    }

    public int freeMilli(int slot) {
        return freeMilli[slot];
    }

    public long freeMemory(int slot) {
        return freeMemory[slot];
    }

    /** CPU a host offers when empty (its cores times the overcommit), in milli-cores. */
    public int capacityMilli(int slot) {
        return capacityMilli[slot];
    }

    public long capacityMemory(int slot) {
        return capacityMemory[slot];
    }

    public int vmCount(int slot) {
        return vmCount[slot];
    }

    public Power power(int slot) {
        return power[slot];
    }

    /** When a booting host is up (s); VMs placed on it start then. */
    public double readyAt(int slot) {
        return readyAt[slot];
    }

    public boolean isDown(int slot) {
        return failures[slot] > 0;
    }

    public boolean takesVms(int slot) {
        return !isDown(slot) && power[slot] != Power.OFF;
    }

    /** Room a host search may offer: none on a host that takes no VMs. */
    int openMilli(int slot) {
        return takesVms(slot) ? freeMilli[slot] : 0;
    }

    long openMemory(int slot) {
        return takesVms(slot) ? freeMemory[slot] : 0;
    }

    void attach(PlacedVm vm) {
        int slot = vm.slot();
        int milli = vm.milliCores();
        long memory = vm.request().memoryMib();
        if (freeMilli[slot] < milli || freeMemory[slot] < memory) {
            throw new IllegalStateException("host %d has %d milli-cores and %d MiB free but was given VM %d of %d and %d: search and hosts are out of step"
                .formatted(slot, freeMilli[slot], freeMemory[slot], vm.request().id(), milli, memory));
        }
        freeMilli[slot] -= milli;
        freeMemory[slot] -= memory;
        allocatedMilli += milli;
        allocatedMemory += memory;
        if (vmCount[slot]++ == 0) {
            activeHosts++;
        }
        vms++;
        vm.placement = placements++;
        vm.summed = load.add(slot, vm);
        PlacedVm[] list = vm.summed ? summedVms : varyingVms;
        vm.previous = null;
        vm.next = list[slot];
        if (list[slot] != null) {
            list[slot].previous = vm;
        }
        list[slot] = vm;
    }

    void detach(PlacedVm vm) {
        int slot = vm.slot();
        int milli = vm.milliCores();
        long memory = vm.request().memoryMib();
        freeMilli[slot] += milli;
        freeMemory[slot] += memory;
        allocatedMilli -= milli;
        allocatedMemory -= memory;
        vms--;
        load.remove(slot, vm);
        if (vm.previous != null) {
            vm.previous.next = vm.next;
        } else if (vm.summed) {
            summedVms[slot] = vm.next;
        } else {
            varyingVms[slot] = vm.next;
        }
        if (vm.next != null) {
            vm.next.previous = vm.previous;
        }
        vm.previous = null;
        vm.next = null;
        if (--vmCount[slot] == 0) {
            activeHosts--;
            load.clear(slot);
        }
    }

    /** The VMs on a host in the order they were put there, as a list that stays valid while they are taken off. */
    public List<PlacedVm> vmsOn(int slot) {
        List<PlacedVm> list = new ArrayList<>(vmCount[slot]);
        for (PlacedVm[] heads : new PlacedVm[][]{summedVms, varyingVms}) {
            for (PlacedVm vm = heads[slot]; vm != null; vm = vm.next) {
                list.add(vm);
            }
        }
        list.sort(Comparator.comparingLong(vm -> vm.placement));
        return list;
    }

    void setPower(int slot, Power state, double readyAtTime) {
        if (!isDown(slot)) {
            hostsOff += (state == Power.OFF ? 1 : 0) - (power[slot] == Power.OFF ? 1 : 0);
        }
        power[slot] = state;
        readyAt[slot] = readyAtTime;
    }

    /** One more cause of failure (a random fault, an outage); the host is down while any lasts. */
    void fail(int slot) {
        if (failures[slot]++ == 0) {
            unavailableMilli += capacityMilli[slot];
            hostsOff -= power[slot] == Power.OFF ? 1 : 0;
            hosts.get(slot).setFailed(true);
        }
    }

    /** Ends one cause of failure; the host is back, running, when none is left. */
    void repair(int slot) {
        if (--failures[slot] == 0) {
            unavailableMilli -= capacityMilli[slot];
            power[slot] = Power.ON;
            hosts.get(slot).setFailed(false);
        }
    }

    /** Works out what varies with time once per sample, before {@link #usedMilli} is asked for each host. */
    public void prepareSample(double time) {
        load.prepare(time);
    }

    /** Physical milli-cores kept busy on a host at the prepared sample time; none while it boots. */
    public double usedMilli(int slot, double time) {
        if (vmCount[slot] == 0 || power[slot] != Power.ON || isDown(slot)) {
            return 0;
        }
        return load.usedMilli(slot, time, varyingVms[slot]);
    }

    /**
     * IT power with {@code usedMilli} busy, from the host's CloudSim power model (its type's
     * curve): nothing when off or down, and idle while booting, since a booting host has no load.
     */
    public double powerWatts(int slot, double usedMilli) {
        if (isDown(slot) || power[slot] == Power.OFF) {
            return 0;
        }
        return powerModels[slot].getPower(Math.min(1, usedMilli / physicalMilli[slot]));
    }

    public long totalMilli() {
        return totalMilli;
    }

    public long totalMemory() {
        return totalMemory;
    }

    public long physicalCores() {
        return physicalCores;
    }

    public long allocatedMilli() {
        return allocatedMilli;
    }

    public long allocatedMemory() {
        return allocatedMemory;
    }

    public long vms() {
        return vms;
    }

    public int activeHosts() {
        return activeHosts;
    }

    public int hostsOff() {
        return hostsOff;
    }

    public long unavailableMilli() {
        return unavailableMilli;
    }

    /** Share of the offered CPU held by VMs. */
    public double allocatedShare() {
        return totalMilli == 0 ? 0 : (double) allocatedMilli / totalMilli;
    }
}
