package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostTable;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.HostFinder;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.scenario.QueueSpec;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts VMs on hosts and takes them off: new requests, VMs leaving at the end of their lives, and
 * VMs thrown off a failed host, which are placed again under the same rules or counted lost. A
 * request of a stream that queues goes to the {@link WaitingQueue}; without such streams there is
 * none, and nothing on the way of a request asks about one.
 */
final class Placer {
    private final DatacenterScheduler scheduler;
    private final LendingLedger ledger;
    private final MetricsRecorder metrics;
    private final PowerSaver powerSaver;
    private final Departures departures;
    private final Clock clock;
    /** Null when no stream queues. */
    private final WaitingQueue queue;

    Placer(DatacenterScheduler scheduler, LendingLedger ledger, MetricsRecorder metrics, PowerSaver powerSaver,
           Departures departures, Clock clock, Map<String, QueueSpec> queues) {
        this.scheduler = scheduler;
        this.ledger = ledger;
        this.metrics = metrics;
        this.powerSaver = powerSaver;
        this.departures = departures;
        this.clock = clock;
        this.queue = queues.isEmpty() ? null : new WaitingQueue(queues, this, metrics, scheduler, departures, clock);
    }

    void arrive(VmRequest request) {
        metrics.arrived(request);
        QueueSpec waits = queue == null ? null : queue.specOf(request);
        if (waits != null) {
            queue.arrive(request, waits);
            return;
        }
        Optional<DatacenterScheduler.Choice> placed = place(request, request.lifetime(), false, HostFinder.RUNNING);
        if (placed.isPresent()) {
            metrics.placed(request, placed.get().datacenter(), clock.now(), placed.get().latencySeconds());
            if (queue != null) {
                queue.placedElsewhere(placed.get().datacenter(), placed.get().slot());
            }
        } else {
            metrics.rejected(request);
        }
    }

    /** Starts a request the queue lets go, searching running hosts with {@code running}; empty if it found no room. */
    Optional<DatacenterScheduler.Choice> start(VmRequest request, HostFinder running) {
        Optional<DatacenterScheduler.Choice> placed = place(request, request.lifetime(), false, running);
        placed.ifPresent(c -> metrics.placed(request, c.datacenter(), clock.now(), c.latencySeconds()));
        return placed;
    }

    /** Room may have freed (VMs left, hosts came back): waiting requests that now fit start. */
    void retryWaiting() {
        if (queue != null) {
            queue.retry();
        }
    }

    void waitEnded(WaitingLine.Waiting waiting) {
        queue.waitEnded(waiting);
    }

    /** At the end of the run: counts the requests still waiting. */
    void finish() {
        if (queue != null) {
            queue.finish();
        }
    }

    /**
     * Finds a running host with {@code running}, or else an off host to boot; the VM starts when
     * its host is up and runs for {@code lifetime} from then ({@code fixedEnd}: or ends when it was
     * due to anyway).
     */
    private Optional<DatacenterScheduler.Choice> place(VmRequest request, double lifetime, boolean fixedEnd, HostFinder running) {
        double now = clock.now();
        Optional<DatacenterScheduler.Choice> choice = scheduler.choose(request, now, running);
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
        boolean borrowed = !dc.operator().equals(vm.request().operator());
        if (borrowed) {
            ledger.change(vm.request().operator(), dc.operator(), -vm.milliCores(), clock.now());
        }
        if (dc.table().vmCount(vm.slot()) == 0 && !dc.table().isDown(vm.slot())) {
            powerSaver.hostEmptied(dc, vm.slot());
        }
        if (queue != null) {
            queue.roomFreed(dc, vm.slot(), borrowed);
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
            Optional<DatacenterScheduler.Choice> moved = place(vm.request(), vm.end() - clock.now(), true, HostFinder.RUNNING);
            if (moved.isPresent()) {
                metrics.replaced(vm.request(), dc, moved.get().datacenter());
            } else {
                metrics.lost(vm.request(), dc, clock.now());
            }
        }
        if (queue != null) {
            queue.hostsChanged();
        }
    }

    void bringBack(ClusterDatacenter dc, int slot) {
        dc.repair(slot);
        backInService(dc, slot);
    }

    /** A new host comes into service, empty, as a repaired host comes back. */
    void commission(ClusterDatacenter dc, int slot) {
        dc.commission(slot);
        backInService(dc, slot);
    }

    /** A host that may take VMs again: idle hosts may be switched off, and waiting requests may fit. */
    private void backInService(ClusterDatacenter dc, int slot) {
        if (!dc.table().isDown(slot)) {
            powerSaver.hostEmptied(dc, slot);
        }
        if (queue != null) {
            queue.hostsChanged();
        }
    }
}
