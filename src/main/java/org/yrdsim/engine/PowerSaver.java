package org.yrdsim.engine;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.placement.DatacenterScheduler;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.Optional;

/** What the engine tells about hosts going empty and failing, and asks of when no running host has room. */
interface PowerSaver {
    /** Hosts are never switched off: for scenarios without {@code powerOff}. */
    PowerSaver ALWAYS_ON = new PowerSaver() {
        @Override
        public void start(List<ClusterDatacenter> datacenters) {
        }

        @Override
        public void hostEmptied(ClusterDatacenter dc, int slot) {
        }

        @Override
        public void hostFailed(ClusterDatacenter dc, int slot) {
        }

        @Override
        public Optional<DatacenterScheduler.Choice> bootHostFor(DatacenterScheduler scheduler, VmRequest request, double now) {
            return Optional.empty();
        }

        @Override
        public void handle(EngineEvent event, Object data) {
            throw new IllegalArgumentException("no power events without powerOff: " + event);
        }
    };

    void start(List<ClusterDatacenter> datacenters);

    /** Called whenever a host becomes empty. */
    void hostEmptied(ClusterDatacenter dc, int slot);

    void hostFailed(ClusterDatacenter dc, int slot);

    /** An off host, chosen by the scheduler's rules, that is booted for the request; empty if none. */
    Optional<DatacenterScheduler.Choice> bootHostFor(DatacenterScheduler scheduler, VmRequest request, double now);

    /** An {@link EngineEvent#IDLE_CHECK} or {@link EngineEvent#BOOT_DONE}. */
    void handle(EngineEvent event, Object data);
}
