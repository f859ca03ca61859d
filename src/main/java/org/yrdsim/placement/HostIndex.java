package org.yrdsim.placement;

import org.yrdsim.cluster.HostSearch;
import org.yrdsim.scenario.HostPolicy;

/**
 * The host search of a datacenter for its host policy: the hosts, by slot, with their free CPU
 * and memory, updated on every allocation and release, so no search scans every host.
 */
public interface HostIndex extends HostSearch {
    static HostIndex create(HostPolicy policy, int[] freeCpu, long[] freeMemoryMib) {
        HostIndex index = switch (policy) {
            case FIRST_FIT -> new FirstFitIndex(freeCpu, freeMemoryMib);
            case BEST_FIT -> new FreeCpuIndex(freeCpu, freeMemoryMib, false);
            case WORST_FIT -> new FreeCpuIndex(freeCpu, freeMemoryMib, true);
        };
        return new RememberedMisses(index);
    }
}
