package org.yrdsim.cluster;

import org.cloudsimplus.core.Simulation;
import org.cloudsimplus.core.events.SimEvent;
import org.cloudsimplus.datacenters.DatacenterSimple;
import org.cloudsimplus.hosts.Host;

import java.util.List;

/**
 * A CloudSim Plus datacenter that waits for its next event instead of polling. CloudSim asks
 * every runnable entity for deferred events at every clock tick; with a dozen idle datacenters
 * that polling cost more than the simulation itself over millions of ticks.
 */
final class WaitingDatacenter extends DatacenterSimple {
    WaitingDatacenter(Simulation simulation, List<? extends Host> hosts) {
        super(simulation, hosts);
    }

    @Override
    protected void startInternal() {
        super.startInternal();
        waitForEvent(Simulation.ANY_EVT);
    }

    @Override
    public void processEvent(SimEvent event) {
        super.processEvent(event);
        waitForEvent(Simulation.ANY_EVT);
    }
}
