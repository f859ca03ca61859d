package org.yrdsim.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the sizes a host index just failed to find room for. Until some host has that room,
 * a request at least as large in CPU and memory cannot fit either, and is turned away without a
 * search. In a full cluster (a trace replay rejecting most of a burst of identical instances) the
 * searches that find nothing were most of the time spent, since a first-fit search for a host that
 * does not exist may visit much of its tree.
 */
final class RememberedMisses implements HostIndex {
    /** Enough for the few sizes a burst asks for; beyond it the oldest is forgotten. */
    private static final int REMEMBERED = 16;

    private final HostIndex index;
    private final List<long[]> misses = new ArrayList<>();

    RememberedMisses(HostIndex index) {
        this.index = index;
    }

    @Override
    public int find(int cpu, long memoryMib) {
        for (long[] miss : misses) {
            if (cpu >= miss[0] && memoryMib >= miss[1]) {
                return -1;
            }
        }
        int slot = index.find(cpu, memoryMib);
        if (slot < 0) {
            misses.removeIf(miss -> miss[0] >= cpu && miss[1] >= memoryMib);
            if (misses.size() == REMEMBERED) {
                misses.remove(0);
            }
            misses.add(new long[]{cpu, memoryMib});
        }
        return slot;
    }

    @Override
    public void update(int slot, int cpu, long memoryMib) {
        if (!misses.isEmpty()) {
            // no other host changed, so a miss stays true unless this host now has its room
            misses.removeIf(miss -> cpu >= miss[0] && memoryMib >= miss[1]);
        }
        index.update(slot, cpu, memoryMib);
    }
}
