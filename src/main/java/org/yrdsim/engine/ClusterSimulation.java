package org.yrdsim.engine;

import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.core.Simulation;

/**
 * CloudSim Plus in which only the entities with work poll for events. CloudSim asks every
 * runnable entity for deferred events at every clock tick; the information service has nothing
 * more to do once the datacenters have registered at time 0, so from the first later instant it
 * waits for an event instead (the datacenters do the same, see the cluster's datacenter class).
 */
final class ClusterSimulation extends CloudSimPlus {
    ClusterSimulation() {
        addOnSimulationStartListener(info -> getCis().waitForEvent(Simulation.ANY_EVT));
    }
}
