package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimEntity;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.core.events.SimEvent;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.ClusterHost;
import org.yrdsim.cluster.PlacedVm;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.placement.DatacenterChooser;
import org.yrdsim.placement.IndexedAllocationPolicy;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.util.Optional;

/**
 * The one simulation entity that brings VM requests in at their arrival times, places them
 * through the datacenters' allocation policies, takes them out when their lifetimes end, and
 * has the cluster sampled on a fixed grid. It replaces CloudSim Plus's broker, whose waiting
 * lists make long request streams quadratic, and it keeps only the next arrival scheduled so
 * that the event queue holds the VMs alive, not the whole workload.
 */
final class RequestDriver extends CloudSimEntity {
    /** Tags of our own events; far from CloudSim Plus's own tag numbers. */
    private static final int ARRIVAL = 900_001;
    private static final int DEPARTURE = 900_002;
    private static final int SAMPLE = 900_003;

    private final RequestSource requests;
    private final DatacenterChooser chooser;
    private final MetricsRecorder metrics;
    private final double duration;
    private final double sampleInterval;
    private long samplesTaken;

    RequestDriver(CloudSimPlus simulation, RequestSource requests, DatacenterChooser chooser,
                  MetricsRecorder metrics, double duration, double sampleInterval) {
        super(simulation);
        this.requests = requests;
        this.chooser = chooser;
        this.metrics = metrics;
        this.duration = duration;
        this.sampleInterval = sampleInterval;
    }

    @Override
    protected void startInternal() {
        scheduleNextArrival();
        schedule(this, 0, SAMPLE);
    }

    @Override
    public void processEvent(SimEvent event) {
        switch (event.getTag()) {
            case ARRIVAL -> {
                arrive((VmRequest) event.getData());
                scheduleNextArrival();
            }
            case DEPARTURE -> depart((PlacedVm) event.getData());
            case SAMPLE -> sample();
            default -> {
                // CloudSim Plus sends every entity its own housekeeping events (e.g. simulation end)
            }
        }
    }

    private void scheduleNextArrival() {
        if (requests.hasNext()) {
            VmRequest next = requests.next();
            if (next.arrival() < duration) {
                schedule(this, next.arrival() - now(), ARRIVAL, next);
            }
        }
    }

    private void arrive(VmRequest request) {
        metrics.arrived(request);
        for (ClusterDatacenter dc : chooser.candidates(request)) {
            IndexedAllocationPolicy policy = (IndexedAllocationPolicy) dc.datacenter().getVmAllocationPolicy();
            Optional<ClusterHost> host = policy.hostFor(request.cores(), request.memoryMib());
            if (host.isPresent()) {
                place(request, dc, policy, host.get());
                return;
            }
        }
        metrics.rejected(request);
    }

    private void place(VmRequest request, ClusterDatacenter dc, IndexedAllocationPolicy policy, ClusterHost host) {
        PlacedVm vm = new PlacedVm(request, host.type().coreMhz());
        if (!policy.allocateHostForVm(vm, host).fully()) {
            throw new IllegalStateException("the host index offered " + host + " for VM " + request.id()
                + " but CloudSim Plus refused it: index and host are out of step");
        }
        metrics.placed(request, dc, now());
        if (request.departure() <= duration) {
            schedule(this, request.lifetime(), DEPARTURE, vm);
        }
    }

    private void depart(PlacedVm vm) {
        vm.getHost().getDatacenter().getVmAllocationPolicy().deallocateHostForVm(vm);
        metrics.departed(vm.request(), now());
    }

    private double now() {
        return getSimulation().clock();
    }

    private void sample() {
        metrics.sample(now());
        samplesTaken++;
        double next = samplesTaken * sampleInterval;
        if (next <= duration + 1e-9) {
            schedule(this, next - now(), SAMPLE);
        } else if (now() < duration) {
            schedule(this, duration - now(), SAMPLE);
        }
    }
}
