package org.yrdsim.engine;

import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.workload.ByTime;

/**
 * The VMs that will leave before the end of the run, in a binary heap ordered by their end. Only
 * one wake-up, at the earliest end, is in CloudSim's event queue: a million pending departures
 * in CloudSim's own queue (a TreeSet of event objects) cost more than the rest of the run. A VM
 * taken off a failed host stays in the heap, marked evicted, and is passed over when its end comes.
 */
final class Departures {
    private final Clock clock;
    private final double end;
    private final ByTime<PlacedVm> byEnd = new ByTime<>();
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
        byEnd.add(vm.end(), vm);
        wakeBy(vm.end());
    }

    /** At a wake-up: has every VM whose end has come leave, earliest first. */
    void leaveDue(Placer placer) {
        double now = clock.now();
        if (now >= nextWake) {
            nextWake = Double.POSITIVE_INFINITY;
        }
        while (!byEnd.isEmpty() && byEnd.firstTime() <= now) {
            PlacedVm vm = byEnd.removeFirst();
            if (!vm.evicted()) {
                placer.depart(vm);
            }
        }
        placer.retryWaiting();
        if (!byEnd.isEmpty()) {
            wakeBy(byEnd.firstTime());
        }
    }

    /** Shows the pending departures earliest end first, without taking them out, until the visitor says stop. */
    void visitInOrder(ByTime.Visitor<PlacedVm> visitor) {
        byEnd.visitInOrder(visitor);
    }

    private void wakeBy(double time) {
        if (time < nextWake) {
            nextWake = time;
            clock.at(time, EngineEvent.DEPARTURES_DUE, null);
        }
    }
}
