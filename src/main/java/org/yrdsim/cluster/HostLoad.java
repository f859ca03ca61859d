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

    /** Its use is in the host's steady sum. */
    private static final int STEADY = -1;
    /** A measured series (or another profile): evaluated through its request at each sample. */
    private static final int SERIES = -2;

    /**
     * Adds a VM's use to its host's sums; false when the VM must instead be evaluated at each
     * sample (a series, or a cycle that the cap can bite: its group is then the cycle's index).
     */
    boolean add(int slot, PlacedVm vm) {
        double milli = vm.milliCores();
        UsageProfile usage = vm.request().cpuUsage();
        if (usage instanceof UsageProfile.Constant constant) {
            vm.loadGroup = STEADY;
            vm.loadMilli = milli * constant.level();
            steadyMilli[slot] += vm.loadMilli;
            return true;
        }
        if (usage instanceof UsageProfile.FollowsCycle cyclic) {
            vm.loadGroup = groupOf(cyclic.cycle());
            vm.loadMilli = milli * cyclic.level();
            if (cyclic.neverCapped()) {
                cyclicMilli.get(vm.loadGroup)[slot] += vm.loadMilli;
                return true;
            }
            return false;
        }
        vm.loadGroup = SERIES;
        return false;
    }

    void remove(int slot, PlacedVm vm) {
        if (!vm.summed) {
            return;
        }
        if (vm.loadGroup == STEADY) {
            steadyMilli[slot] -= vm.loadMilli;
        } else {
            cyclicMilli.get(vm.loadGroup)[slot] -= vm.loadMilli;
        }
    }

    /** Resets an emptied host's sums to exactly zero, so rounding cannot build up over a run. */
    void clear(int slot) {
        steadyMilli[slot] = 0;
        for (double[] sums : cyclicMilli) {
            sums[slot] = 0;
        }
    }

    private int groupOf(DailyCycle cycle) {
        for (int i = 0; i < cycles.size(); i++) {
            if (cycles.get(i) == cycle) {
                return i;
            }
        }
        cycles.add(cycle);
        cyclicMilli.add(new double[physicalMilli.length]);
        return cycles.size() - 1;
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
            used += vm.loadGroup == SERIES
                ? vm.milliCores() * vm.request().cpuUsage().at(time)
                : Math.min(vm.milliCores(), vm.loadMilli * factors[vm.loadGroup]);
        }
        return Math.min(Math.max(0, used), physicalMilli[slot]);
    }
}
