package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostTable;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.HostFinder;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Optional;

/**
 * Puts VMs on hosts and takes them off: new requests, VMs leaving at the end of their lives, and
 * VMs thrown off a failed host, which are placed again under the same rules or counted lost.
 */
final class Placer {
    private final DatacenterScheduler scheduler;
    private final LendingLedger ledger;
    private final MetricsRecorder metrics;
    private final PowerSaver powerSaver;
    private final Departures departures;
    private final Clock clock;

    Placer(DatacenterScheduler scheduler, LendingLedger ledger, MetricsRecorder metrics, PowerSaver powerSaver,
           Departures departures, Clock clock) {
        this.scheduler = scheduler;
        this.ledger = ledger;
        this.metrics = metrics;
        this.powerSaver = powerSaver;
        this.departures = departures;
        this.clock = clock;
    }

    void arrive(VmRequest request) {
        metrics.arrived(request);
        Optional<DatacenterScheduler.Choice> placed = place(request, request.lifetime(), false);
        if (placed.isPresent()) {
            metrics.placed(request, placed.get().datacenter(), clock.now(), placed.get().latencySeconds());
        } else {
            metrics.rejected(request);
        }
    }

    /**
     * Finds a running host, or else an off host to boot; the VM starts when its host is up and
     * runs for {@code lifetime} from then ({@code fixedEnd}: or ends when it was due to anyway).
     */
    private Optional<DatacenterScheduler.Choice> place(VmRequest request, double lifetime, boolean fixedEnd) {
        double now = clock.now();
        Optional<DatacenterScheduler.Choice> choice = scheduler.choose(request, now, HostFinder.RUNNING);
        if (choice.isEmpty()) {
            choice = powerSaver.bootHostFor(scheduler, request, now);
        }
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        ClusterDatacenter dc = choice.get().datacenter();
        int slot = choice.get().slot();
        HostTable hosts = dc.table();
        // a VM on a booting host starts, and its life with it, when the host is up
        double start = hosts.power(slot) == HostTable.Power.BOOTING ? Math.max(now, hosts.readyAt(slot)) : now;
        PlacedVm vm = new PlacedVm(request, dc, slot, fixedEnd ? now + lifetime : start + lifetime);
        dc.place(vm);
        if (!dc.operator().equals(request.operator())) {
            ledger.change(request.operator(), dc.operator(), request.milliCores(), now);
        }
        departures.add(vm);
        return choice;
    }

    /** A VM whose life has ended leaves its host. */
    void depart(PlacedVm vm) {
        release(vm);
        metrics.departed(vm.request(), vm.datacenter(), clock.now());
    }

    private void release(PlacedVm vm) {
        ClusterDatacenter dc = vm.datacenter();
        dc.remove(vm);
        if (!dc.operator().equals(vm.request().operator())) {
            ledger.change(vm.request().operator(), dc.operator(), -vm.milliCores(), clock.now());
        }
        if (dc.table().vmCount(vm.slot()) == 0 && !dc.table().isDown(vm.slot())) {
            powerSaver.hostEmptied(dc, vm.slot());
        }
    }

    /** Takes a host down; its VMs go elsewhere if they can, else they are lost. */
    void takeDown(ClusterDatacenter dc, int slot) {
        List<PlacedVm> evicted = dc.table().vmsOn(slot);
        for (PlacedVm vm : evicted) {
            vm.evict();
            release(vm);
        }
        dc.fail(slot);
        powerSaver.hostFailed(dc, slot);
        for (PlacedVm vm : evicted) {
            Optional<DatacenterScheduler.Choice> moved = place(vm.request(), vm.end() - clock.now(), true);
            if (moved.isPresent()) {
                metrics.replaced(vm.request(), dc, moved.get().datacenter());
            } else {
                metrics.lost(vm.request(), dc, clock.now());
            }
        }
    }

    void bringBack(ClusterDatacenter dc, int slot) {
        dc.repair(slot);
        if (!dc.table().isDown(slot)) {
            powerSaver.hostEmptied(dc, slot);
        }
    }

    /** A new host comes into service, empty, as a repaired host comes back. */
    void commission(ClusterDatacenter dc, int slot) {
        dc.commission(slot);
        if (!dc.table().isDown(slot)) {
            powerSaver.hostEmptied(dc, slot);
        }
    }
}
