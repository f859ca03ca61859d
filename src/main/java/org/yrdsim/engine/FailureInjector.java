package org.yrdsim.engine;

import org.apache.commons.math3.distribution.RealDistribution;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.scenario.FailureSpec;
import org.yrdsim.workload.RandomStreams;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Random host failures (each host fails, is repaired, and fails again after a fresh draw) and
 * scheduled outages of datacenters or sites. Taking a host down and bringing it back is the
 * placer's job; this class only decides when. A scenario without failures gets an injector that
 * schedules nothing.
 */
final class FailureInjector {
    private record HostAt(ClusterDatacenter dc, int slot) {
    }

    private final FailureSpec spec;
    private final List<ClusterDatacenter> datacenters;
    private final Clock clock;
    private final RealDistribution timeBetween;
    private final RealDistribution repairTime;
    private final ObjIntConsumer<ClusterDatacenter> takeDown;
    private final ObjIntConsumer<ClusterDatacenter> bringBack;

    FailureInjector(FailureSpec spec, List<ClusterDatacenter> datacenters, long seed, Clock clock,
                    ObjIntConsumer<ClusterDatacenter> takeDown,
                    ObjIntConsumer<ClusterDatacenter> bringBack) {
        this.spec = spec;
        this.datacenters = datacenters;
        this.clock = clock;
        this.takeDown = takeDown;
        this.bringBack = bringBack;
        this.timeBetween = spec.timeBetweenFailures().map(d -> d.create(RandomStreams.generator(seed, "failures", "between"))).orElse(null);
        this.repairTime = spec.repairTime().map(d -> d.create(RandomStreams.generator(seed, "failures", "repair"))).orElse(null);
    }

    void start() {
        if (timeBetween != null) {
            for (ClusterDatacenter dc : datacenters) {
                for (int slot = 0; slot < dc.table().size(); slot++) {
                    clock.at(clock.now() + timeBetween.sample(), EngineEvent.HOST_FAILS, new HostAt(dc, slot));
                }
            }
        }
        for (FailureSpec.Outage outage : spec.outages()) {
            clock.at(outage.start(), EngineEvent.OUTAGE_STARTS, outage);
            clock.at(outage.start() + outage.duration(), EngineEvent.OUTAGE_ENDS, outage);
        }
    }

    void handle(EngineEvent event, Object data) {
        switch (event) {
            case HOST_FAILS -> {
                HostAt at = (HostAt) data;
                takeDown.accept(at.dc(), at.slot());
                clock.at(clock.now() + repairTime.sample(), EngineEvent.HOST_REPAIRED, at);
            }
            case HOST_REPAIRED -> {
                HostAt at = (HostAt) data;
                bringBack.accept(at.dc(), at.slot());
                clock.at(clock.now() + timeBetween.sample(), EngineEvent.HOST_FAILS, at);
            }
            case OUTAGE_STARTS, OUTAGE_ENDS -> {
                FailureSpec.Outage outage = (FailureSpec.Outage) data;
                for (ClusterDatacenter dc : datacenters) {
                    if (outage.covers(dc.spec())) {
                        for (int slot = 0; slot < dc.table().size(); slot++) {
                            (event == EngineEvent.OUTAGE_STARTS ? takeDown : bringBack).accept(dc, slot);
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a failure event: " + event);
        }
    }
}
