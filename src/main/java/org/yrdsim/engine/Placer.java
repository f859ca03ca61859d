package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.ClusterHost;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.HostFinder;
import org.yrdsim.placement.IndexedAllocationPolicy;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts VMs on hosts and takes them off: new requests, VMs leaving at the end of their lives, and
 * VMs thrown off a failed host, which are placed again under the same rules or counted lost.
 */
final class Placer {
    static final int DEPARTURE = 900_001;

    private final DatacenterScheduler scheduler;
    private final LendingLedger ledger;
    private final MetricsRecorder metrics;
    private final Optional<PowerSaver> powerSaver;
    private final Map<ClusterHost, ClusterDatacenter> datacenterOf;
    private final Clock clock;
    private final double end;

    Placer(DatacenterScheduler scheduler, LendingLedger ledger, MetricsRecorder metrics, Optional<PowerSaver> powerSaver,
           Map<ClusterHost, ClusterDatacenter> datacenterOf, Clock clock, double end) {
        this.scheduler = scheduler;
        this.ledger = ledger;
        this.metrics = metrics;
        this.powerSaver = powerSaver;
        this.datacenterOf = datacenterOf;
        this.clock = clock;
        this.end = end;
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
        if (choice.isEmpty() && powerSaver.isPresent()) {
            PowerSaver saver = powerSaver.get();
            choice = scheduler.choose(request, now, (dc, r) -> saver.offHostFor(dc, r.cores(), r.memoryMib()));
            choice.ifPresent(c -> saver.boot(c.datacenter(), c.host()));
        }
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        ClusterDatacenter dc = choice.get().datacenter();
        ClusterHost host = choice.get().host();
        double start = host.power() == ClusterHost.Power.BOOTING ? Math.max(now, host.readyAt()) : now;
        double departure = fixedEnd ? now + lifetime : start + lifetime;
        PlacedVm vm = new PlacedVm(request, host.type().coreMhz(), start, departure);
        var suitability = IndexedAllocationPolicy.of(dc).allocateHostForVm(vm, host);
        if (!suitability.fully()) {
            throw new IllegalStateException("the host index offered " + host + " for VM " + request.id()
                + " but CloudSim Plus refused it (" + suitability + "): index and host are out of step");
        }
        if (!dc.operator().equals(request.operator())) {
            ledger.change(request.operator(), dc.operator(), request.cores(), now);
        }
        if (departure <= end) {
            clock.at(departure, DEPARTURE, vm);
        }
        return choice;
    }

    void depart(PlacedVm vm) {
        if (vm.retired()) {
            return;
        }
        ClusterHost host = (ClusterHost) vm.getHost();
        release(vm, host);
        metrics.departed(vm.request(), clock.now());
    }

    private void release(PlacedVm vm, ClusterHost host) {
        ClusterDatacenter dc = datacenterOf.get(host);
        IndexedAllocationPolicy.of(dc).deallocateHostForVm(vm);
        if (!dc.operator().equals(vm.request().operator())) {
            ledger.change(vm.request().operator(), dc.operator(), -vm.request().cores(), clock.now());
        }
        if (host.getVmList().isEmpty() && !host.isDown()) {
            powerSaver.ifPresent(s -> s.hostEmptied(dc, host));
        }
    }

    /** Takes a host down; its VMs go elsewhere if they can, else they are lost. */
    void takeDown(ClusterDatacenter dc, ClusterHost host) {
        List<PlacedVm> evicted = new ArrayList<>();
        host.getVmList().forEach(vm -> evicted.add((PlacedVm) vm));
        for (PlacedVm vm : evicted) {
            vm.retire();
            release(vm, host);
        }
        host.fail();
        powerSaver.ifPresent(s -> s.hostFailed(dc, host));
        IndexedAllocationPolicy.of(dc).refresh(host);
        for (PlacedVm vm : evicted) {
            Optional<DatacenterScheduler.Choice> moved = place(vm.request(), vm.end() - clock.now(), true);
            if (moved.isPresent()) {
                metrics.replaced(vm.request());
            } else {
                metrics.lost(vm.request(), clock.now());
            }
        }
    }

    void bringBack(ClusterDatacenter dc, ClusterHost host) {
        host.repair();
        IndexedAllocationPolicy.of(dc).refresh(host);
        if (!host.isDown()) {
            powerSaver.ifPresent(s -> s.hostEmptied(dc, host));
        }
    }
}
