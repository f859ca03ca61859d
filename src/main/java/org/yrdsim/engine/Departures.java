package org.yrdsim.engine;

import org.yrdsim.cluster.PlacedVm;

import java.util.Arrays;

/**
 * The VMs that will leave before the end of the run, in a binary heap ordered by their end. Only
 * one wake-up, at the earliest end, is in CloudSim's event queue: a million pending departures
 * in CloudSim's own queue (a TreeSet of event objects) cost more than the rest of the run. The
 * ends are kept beside the VMs so that sifting compares and moves them without visiting VM
 * objects. A VM taken off a failed host stays in the heap, marked evicted, and is passed over
 * when its end comes.
 */
final class Departures {
    static final int DUE = 900_001;

    private final Clock clock;
    private final double end;
    private PlacedVm[] vms = new PlacedVm[1024];
    private double[] ends = new double[1024];
    private int size;
    /** The earliest wake-up in CloudSim's queue; later ones may be pending too and find nothing due. */
    private double nextWake = Double.POSITIVE_INFINITY;

    Departures(Clock clock, double end) {
        this.clock = clock;
        this.end = end;
    }

    /** Schedules a VM's departure at its end, unless that is after the end of the run. */
    void add(PlacedVm vm) {
        if (vm.end() > end) {
            return;
        }
        if (size == vms.length) {
            vms = Arrays.copyOf(vms, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        siftUp(vm, vm.end(), size++);
        wakeBy(vm.end());
    }

    /** At a wake-up: has every VM whose end has come leave, earliest first. */
    void leaveDue(Placer placer) {
        double now = clock.now();
        if (now >= nextWake) {
            nextWake = Double.POSITIVE_INFINITY;
        }
        while (size > 0 && ends[0] <= now) {
            PlacedVm vm = vms[0];
            removeFirst();
            if (!vm.evicted()) {
                placer.depart(vm);
            }
        }
        if (size > 0) {
            wakeBy(ends[0]);
        }
    }

    private void wakeBy(double time) {
        if (time < nextWake) {
            nextWake = time;
            clock.at(time, DUE, null);
        }
    }

    private void removeFirst() {
        size--;
        PlacedVm last = vms[size];
        vms[size] = null;
        if (size > 0) {
            siftDown(last, ends[size], 0);
        }
    }

    private void siftUp(PlacedVm vm, double vmEnd, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (ends[parent] <= vmEnd) {
                break;
            }
            put(vms[parent], ends[parent], at);
            at = parent;
        }
        put(vm, vmEnd, at);
    }

    private void siftDown(PlacedVm vm, double vmEnd, int at) {
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && ends[child + 1] < ends[child]) {
                child++;
            }
            if (vmEnd <= ends[child]) {
                break;
            }
            put(vms[child], ends[child], at);
            at = child;
        }
        put(vm, vmEnd, at);
    }

    private void put(PlacedVm vm, double vmEnd, int at) {
        vms[at] = vm;
        ends[at] = vmEnd;
    }
}
