package org.yrdsim.engine;

import org.yrdsim.cluster.PlacedVm;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The VMs that will leave before the end of the run, in a binary heap ordered by their end. Only
 * one wake-up, at the earliest end, is in CloudSim's event queue: a million pending departures
 * in CloudSim's own queue (a TreeSet of event objects) cost more than the rest of the run. A VM
 * taken off a failed host leaves the heap at once.
 */
final class Departures {
    static final int DUE = 900_001;

    private final Clock clock;
    private final double end;
    private PlacedVm[] heap = new PlacedVm[1024];
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
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        put(vm, size++);
        siftUp(vm);
        wakeBy(vm.end());
    }

    /** Takes a VM out before its end (its host failed). */
    void remove(PlacedVm vm) {
        int at = vm.heapIndex();
        if (at < 0) {
            return;
        }
        vm.heapIndex(-1);
        PlacedVm last = heap[--size];
        heap[size] = null;
        if (at < size) {
            put(last, at);
            siftDown(last);
            siftUp(last);
        }
    }

    /** At a wake-up: hands over, earliest first, every VM whose end has come. */
    void leaveDue(Consumer<PlacedVm> leave) {
        double now = clock.now();
        if (now >= nextWake) {
            nextWake = Double.POSITIVE_INFINITY;
        }
        while (size > 0 && heap[0].end() <= now) {
            PlacedVm vm = heap[0];
            remove(vm);
            leave.accept(vm);
        }
        if (size > 0) {
            wakeBy(heap[0].end());
        }
    }

    private void wakeBy(double time) {
        if (time < nextWake) {
            nextWake = time;
            clock.at(time, DUE, null);
        }
    }

    private void siftUp(PlacedVm vm) {
        int at = vm.heapIndex();
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent].end() <= vm.end()) {
                break;
            }
            put(heap[parent], at);
            at = parent;
        }
        put(vm, at);
    }

    private void siftDown(PlacedVm vm) {
        int at = vm.heapIndex();
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1].end() < heap[child].end()) {
                child++;
            }
            if (vm.end() <= heap[child].end()) {
                break;
            }
            put(heap[child], at);
            at = child;
        }
        put(vm, at);
    }

    private void put(PlacedVm vm, int at) {
        heap[at] = vm;
        vm.heapIndex(at);
    }
}
