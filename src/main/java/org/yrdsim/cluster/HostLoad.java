package org.yrdsim.cluster;

import org.yrdsim.scenario.DailyCycle;
import org.yrdsim.workload.UsageProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The CPU that the VMs on each host keep busy, kept as sums so that a sample does not visit
 * every VM: VMs of constant use add to one sum per host, VMs that follow a daily cycle (and never
 * reach full use) to one sum per host and cycle, scaled by the cycle's factor at the sample. Only
 * the rest ("varying": measured series, or levels the cap can bite) are evaluated one by one.
 */
final class HostLoad {
    private final int[] physicalMilli;
    private final double[] steadyMilli;
    private final List<DailyCycle> cycles = new ArrayList<>();
    private final List<double[]> cyclicMilli = new ArrayList<>();
    private double[] factors = new double[0];

    HostLoad(int[] physicalMilli) {
        this.physicalMilli = physicalMilli;
        this.steadyMilli = new double[physicalMilli.length];
    }

    /** Adds a VM's use to its host; true when the VM must instead be evaluated at each sample. */
    boolean add(int slot, PlacedVm vm) {
        return change(slot, vm, 1);
    }

    void remove(int slot, PlacedVm vm) {
        change(slot, vm, -1);
    }

    /** Resets an emptied host's sums to exactly zero, so rounding cannot build up over a run. */
    void clear(int slot) {
        steadyMilli[slot] = 0;
        for (double[] sums : cyclicMilli) {
            sums[slot] = 0;
        }
    }

    private boolean change(int slot, PlacedVm vm, int sign) {
        double milli = vm.request().milliCores();
        UsageProfile usage = vm.request().cpuUsage();
        if (usage instanceof UsageProfile.Constant constant) {
            steadyMilli[slot] += sign * milli * constant.level();
            return false;
        }
        if (usage instanceof UsageProfile.FollowsCycle cyclic && cyclic.neverCapped()) {
            sumsOf(cyclic.cycle())[slot] += sign * milli * cyclic.level();
            return false;
        }
        return true;
    }

    private double[] sumsOf(DailyCycle cycle) {
        for (int i = 0; i < cycles.size(); i++) {
            if (cycles.get(i) == cycle) {
                return cyclicMilli.get(i);
            }
        }
        cycles.add(cycle);
        double[] sums = new double[physicalMilli.length];
        cyclicMilli.add(sums);
        return sums;
    }

    /** Works out each cycle's factor once for the sample at {@code time}. */
    void prepare(double time) {
        factors = new double[cycles.size()];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = cycles.get(i).factorAt(time);
        }
    }

    /** Busy milli-cores of a host at the time last {@link #prepare}d, at most its physical cores. */
    double usedMilli(int slot, double time, PlacedVm firstVarying) {
        double used = steadyMilli[slot];
        for (int i = 0; i < factors.length; i++) {
            used += cyclicMilli.get(i)[slot] * factors[i];
        }
        for (PlacedVm vm = firstVarying; vm != null; vm = vm.next) {
            used += vm.request().milliCores() * vm.request().cpuUsage().at(time);
        }
        return Math.min(Math.max(0, used), physicalMilli[slot]);
    }
}
