package org.yrdsim.placement;

import org.yrdsim.scenario.HostPolicy;

/**
 * Finds a host with room for a VM without scanning every host: the datacenter's hosts, by slot,
 * with their free cores and free memory kept up to date on every allocation and release.
 */
public interface HostIndex {
    /** Slot of the host the policy picks among those with at least this room, or -1 if none has it. */
    int find(int cores, long memoryMib);

    /** Records a host's free room after a change. */
    void update(int slot, int freeCores, long freeMemoryMib);

    static HostIndex create(HostPolicy policy, int[] freeCores, long[] freeMemoryMib) {
        HostIndex index = switch (policy) {
            case FIRST_FIT -> new FirstFitIndex(freeCores, freeMemoryMib);
            case BEST_FIT -> new FreeCoresIndex(freeCores, freeMemoryMib, false);
            case WORST_FIT -> new FreeCoresIndex(freeCores, freeMemoryMib, true);
        };
        return new RememberedMisses(index, freeCores, freeMemoryMib);
    }
}
