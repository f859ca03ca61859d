package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimEntity;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.core.events.SimEvent;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.metrics.MetricsRecorder;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.util.List;

/**
 * The one simulation entity that brings VM requests in at their arrival times, has them placed
 * and taken out when their lifetimes end, has the cluster sampled on a fixed grid, and passes
 * commissioning, power and failure events to the classes that handle them. It replaces CloudSim Plus's broker,
 * whose waiting lists make long request streams quadratic, and it keeps only the next arrival
 * scheduled so that the event queue holds the VMs alive, not the whole workload.
 */
final class RequestDriver extends CloudSimEntity implements Clock {
    private final RequestSource requests;
    private final MetricsRecorder metrics;
    private final double duration;
    private final double sampleInterval;
    private final List<ClusterDatacenter> datacenters;
    private final Departures departures;
    private final PowerSaver powerSaver;
    private final Placer placer;
    private final FailureInjector failures;
    private final Commissioner commissioner;
    private long samplesTaken;

    /**
     * Builds the helpers that place VMs, take them out and switch, fail and repair hosts, each
     * given this driver as its clock; none of them asks the clock anything before the run starts.
     */
    RequestDriver(CloudSimPlus simulation, Scenario scenario, long seed, RequestSource requests, MetricsRecorder metrics,
                  List<ClusterDatacenter> datacenters, DatacenterScheduler scheduler, LendingLedger ledger) {
        super(simulation);
        this.requests = requests;
        this.metrics = metrics;
        this.duration = scenario.simulation().duration();
        this.sampleInterval = scenario.simulation().sampleInterval();
        this.datacenters = datacenters;
        this.departures = new Departures(this, duration);
        this.powerSaver = scenario.powerOff().<PowerSaver>map(spec -> new IdleHostsOff(spec, this)).orElse(PowerSaver.ALWAYS_ON);
        this.placer = new Placer(scheduler, ledger, metrics, powerSaver, departures, this, scenario.queues());
        this.failures = new FailureInjector(scenario.failures(), datacenters, seed, this, placer::takeDown, placer::bringBack);
        this.commissioner = new Commissioner(datacenters, this, placer::commission);
    }

    @Override
    protected void startInternal() {
        scheduleNextArrival();
        schedule(this, 0, EngineEvent.SAMPLE.tag());
        powerSaver.start(datacenters);
        failures.start();
        commissioner.start();
    }

    @Override
    public void processEvent(SimEvent event) {
        if (!EngineEvent.isEngineTag(event.getTag())) {
            // CloudSim Plus sends every entity its own housekeeping events (e.g. simulation end)
            return;
        }
        EngineEvent engineEvent = EngineEvent.ofTag(event.getTag());
        switch (engineEvent) {
            case ARRIVAL -> {
                placer.arrive((VmRequest) event.getData());
                scheduleNextArrival();
            }
            case DEPARTURES_DUE -> departures.leaveDue(placer);
            case HOSTS_COMMISSIONED -> {
                commissioner.handle(event.getData());
                placer.retryWaiting();
            }
            case SAMPLE -> sample();
            case WAIT_ENDS -> placer.waitEnded((WaitingLine.Waiting) event.getData());
            case IDLE_CHECK, BOOT_DONE -> powerSaver.handle(engineEvent, event.getData());
            case HOST_FAILS, HOST_REPAIRED, OUTAGE_STARTS, OUTAGE_ENDS -> {
                failures.handle(engineEvent, event.getData());
                placer.retryWaiting();
            }
        }
    }

    /** After the run: what is left waiting is counted. */
    void finish() {
        placer.finish();
    }

    @Override
    public double now() {
        return getSimulation().clock();
    }

    /** Events past the end are dropped: the run stops at its duration. */
    @Override
    public void at(double time, EngineEvent event, Object data) {
        if (time <= duration) {
            schedule(this, Math.max(0, time - now()), event.tag(), data);
        }
    }

    private void scheduleNextArrival() {
        if (requests.hasNext()) {
            VmRequest next = requests.next();
            if (next.arrival() < duration) {
                schedule(this, next.arrival() - now(), EngineEvent.ARRIVAL.tag(), next);
            }
        }
    }

    private void sample() {
        metrics.sample(now());
        samplesTaken++;
        double next = samplesTaken * sampleInterval;
        if (next <= duration + 1e-9) {
            schedule(this, next - now(), EngineEvent.SAMPLE.tag());
        } else if (now() < duration) {
            schedule(this, duration - now(), EngineEvent.SAMPLE.tag());
        }
    }
}
