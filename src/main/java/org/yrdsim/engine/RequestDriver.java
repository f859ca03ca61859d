package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimEntity;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.core.events.SimEvent;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Optional;

/**
 * The one simulation entity that brings VM requests in at their arrival times, has them placed
 * and taken out when their lifetimes end, has the cluster sampled on a fixed grid, and passes
 * power and failure events to the classes that handle them. It replaces CloudSim Plus's broker,
 * whose waiting lists make long request streams quadratic, and it keeps only the next arrival
 * scheduled so that the event queue holds the VMs alive, not the whole workload.
 */
final class RequestDriver extends CloudSimEntity implements Clock {
    /**
     * CloudSim Plus runs events of the same instant in the order of their tags: a sample reads the
     * cluster before anything else happens at its instant, and VMs leave before new ones arrive, so
     * capacity freed at an instant can be used at that instant.
     */
    private static final int SAMPLE = 900_000;
    private static final int ARRIVAL = 900_002;

    private final RequestSource requests;
    private final MetricsRecorder metrics;
    private final double duration;
    private final double sampleInterval;
    private Placer placer;
    private Departures departures;
    private Optional<PowerSaver> powerSaver = Optional.empty();
    private Optional<FailureInjector> failures = Optional.empty();
    private List<ClusterDatacenter> datacenters = List.of();
    private long samplesTaken;

    RequestDriver(CloudSimPlus simulation, RequestSource requests, MetricsRecorder metrics,
                  double duration, double sampleInterval) {
        super(simulation);
        this.requests = requests;
        this.metrics = metrics;
        this.duration = duration;
        this.sampleInterval = sampleInterval;
    }

    void wire(List<ClusterDatacenter> datacenters, Placer placer, Departures departures, Optional<PowerSaver> powerSaver,
              Optional<FailureInjector> failures) {
        this.datacenters = datacenters;
        this.placer = placer;
        this.departures = departures;
        this.powerSaver = powerSaver;
        this.failures = failures;
    }

    @Override
    protected void startInternal() {
        scheduleNextArrival();
        schedule(this, 0, SAMPLE);
        powerSaver.ifPresent(saver -> saver.start(datacenters));
        failures.ifPresent(FailureInjector::start);
    }

    @Override
    public void processEvent(SimEvent event) {
        int tag = event.getTag();
        switch (tag) {
            case ARRIVAL -> {
                placer.arrive((VmRequest) event.getData());
                scheduleNextArrival();
            }
            case Departures.DUE -> departures.leaveDue(placer);
            case SAMPLE -> sample();
            case PowerSaver.IDLE_CHECK, PowerSaver.BOOT_DONE -> powerSaver.orElseThrow().handle(tag, event.getData());
            case FailureInjector.HOST_FAILS, FailureInjector.HOST_REPAIRED, FailureInjector.OUTAGE_STARTS,
                FailureInjector.OUTAGE_ENDS -> failures.orElseThrow().handle(tag, event.getData());
            default -> {
                // CloudSim Plus sends every entity its own housekeeping events (e.g. simulation end)
            }
        }
    }

    @Override
    public double now() {
        return getSimulation().clock();
    }

    /** Events past the end are dropped: the run stops at its duration. */
    @Override
    public void at(double time, int tag, Object data) {
        if (time <= duration) {
            schedule(this, Math.max(0, time - now()), tag, data);
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
