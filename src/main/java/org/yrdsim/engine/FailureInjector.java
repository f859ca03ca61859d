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
 * placer's job; this class only decides when.
 */
final class FailureInjector {
    static final int HOST_FAILS = 900_201;
    static final int HOST_REPAIRED = 900_202;
    static final int OUTAGE_STARTS = 900_203;
    static final int OUTAGE_ENDS = 900_204;

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
                    clock.at(clock.now() + timeBetween.sample(), HOST_FAILS, new HostAt(dc, slot));
                }
            }
        }
        for (FailureSpec.Outage outage : spec.outages()) {
            clock.at(outage.start(), OUTAGE_STARTS, outage);
            clock.at(outage.start() + outage.duration(), OUTAGE_ENDS, outage);
        }
    }

    void handle(int tag, Object data) {
        switch (tag) {
            case HOST_FAILS -> {
                HostAt at = (HostAt) data;
                takeDown.accept(at.dc(), at.slot());
                clock.at(clock.now() + repairTime.sample(), HOST_REPAIRED, at);
            }
            case HOST_REPAIRED -> {
                HostAt at = (HostAt) data;
                bringBack.accept(at.dc(), at.slot());
                clock.at(clock.now() + timeBetween.sample(), HOST_FAILS, at);
            }
            case OUTAGE_STARTS, OUTAGE_ENDS -> {
                FailureSpec.Outage outage = (FailureSpec.Outage) data;
                for (ClusterDatacenter dc : datacenters) {
                    if (outage.covers(dc.spec())) {
                        for (int slot = 0; slot < dc.table().size(); slot++) {
                            (tag == OUTAGE_STARTS ? takeDown : bringBack).accept(dc, slot);
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a failure event: " + tag);
        }
    }
}
