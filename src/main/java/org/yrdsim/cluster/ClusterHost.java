package org.yrdsim.cluster;

import org.cloudsimplus.hosts.HostSimple;
import org.cloudsimplus.hosts.HostSuitability;
import org.cloudsimplus.resources.Pe;
import org.cloudsimplus.vms.Vm;
import org.yrdsim.scenario.HostType;
import org.yrdsim.workload.UsageProfile;

import java.util.List;

/**
 * A server of the simulated cluster. It offers {@code cores x cpuOvercommit} virtual cores as
 * CloudSim PEs, so CloudSim's own provisioners enforce the overcommitted capacity, while CPU use
 * and power are reckoned against its physical cores.
 */
public final class ClusterHost extends HostSimple {
    /** Off hosts draw nothing and take no VMs; a booting host takes VMs that start when it is up. */
    public enum Power { ON, BOOTING, OFF }

    private final HostType type;
    private final int slot;
    private Power power = Power.ON;
    private double readyAt;
    private int failures;
    /** Busy cores of the VMs with constant usage, and whether others need evaluating; recomputed after any change. */
    private double constantUsed;
    private boolean allConstant;
    private double latestStart;
    private boolean vmsChanged = true;

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

    public Power power() {
        return power;
    }

    /** When a booting host is up (s); VMs placed on it start then. */
    public double readyAt() {
        return readyAt;
    }

    public void switchOff() {
        power = Power.OFF;
    }

    public void boot(double readyAt) {
        power = Power.BOOTING;
        this.readyAt = readyAt;
    }

    public void bootFinished() {
        power = Power.ON;
    }

    /** Marks one more cause of failure (a random fault, an outage); the host is down while any lasts. */
    public void fail() {
        failures++;
        setFailed(true);
    }

    /** Ends one cause of failure; the host is back, running, when none is left. */
    public void repair() {
        failures--;
        if (failures == 0) {
            setFailed(false);
            power = Power.ON;
        }
    }

    public boolean isDown() {
        return failures > 0;
    }

    public boolean takesVms() {
        return !isDown() && power != Power.OFF;
    }

    @Override
    public HostSuitability createVm(Vm vm) {
        vmsChanged = true;
        return super.createVm(vm);
    }

    @Override
    public void destroyVm(Vm vm) {
        vmsChanged = true;
        super.destroyVm(vm);
    }

    /**
     * Physical cores kept busy at {@code time} by the VMs on this host that have started, at most
     * all of them. The sampler asks every host at every sample, and walking every VM of a large
     * cluster each time is dominated by cache misses; VMs of constant usage are summed once after
     * each change instead.
     */
    public double usedCores(double time) {
        if (vmsChanged) {
            summariseVms();
        }
        if (allConstant && time >= latestStart) {
            return Math.min(constantUsed, type.cores());
        }
        double used = 0;
        List<Vm> vms = getVmList();
        for (int i = 0; i < vms.size(); i++) {
            PlacedVm vm = (PlacedVm) vms.get(i);
            if (time >= vm.start()) {
                used += vm.request().cores() * vm.request().cpuUsage().at(time);
            }
        }
        return Math.min(used, type.cores());
    }

    private void summariseVms() {
        constantUsed = 0;
        allConstant = true;
        latestStart = 0;
        List<Vm> vms = getVmList();
        for (int i = 0; i < vms.size(); i++) {
            PlacedVm vm = (PlacedVm) vms.get(i);
            latestStart = Math.max(latestStart, vm.start());
            if (vm.request().cpuUsage() instanceof UsageProfile.Constant constant) {
                constantUsed += vm.request().cores() * constant.level();
            } else {
                allConstant = false;
            }
        }
        vmsChanged = false;
    }

    /**
     * IT power with {@code usedCores} busy (as {@link #usedCores} gives it, which the caller has
     * already worked out): nothing when off or down, idle while booting, else the host's CloudSim
     * power model (its type's curve) at that load.
     */
    public double powerWatts(double usedCores) {
        if (isDown() || power == Power.OFF) {
            return 0;
        }
        if (power == Power.BOOTING) {
            return type.power().idle();
        }
        return getPowerModel().getPower(Math.min(1, usedCores / type.cores()));
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
