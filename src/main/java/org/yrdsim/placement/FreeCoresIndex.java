package org.yrdsim.placement;

import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Hosts ordered by free cores. Best fit walks up from the smallest number of free cores that
 * could fit and takes the first host with enough memory too (ties: lowest slot); worst fit walks
 * down from the most free cores (ties: lowest slot). Memory only rarely disqualifies a host
 * whose cores fit, so the walk is short.
 */
final class FreeCoresIndex implements HostIndex {
    private final NavigableSet<Long> hosts = new TreeSet<>();
    private final int[] freeCores;
    private final long[] freeMemory;
    private final boolean mostFreeFirst;

    FreeCoresIndex(int[] freeCores, long[] freeMemoryMib, boolean mostFreeFirst) {
        this.freeCores = freeCores.clone();
        this.freeMemory = freeMemoryMib.clone();
        this.mostFreeFirst = mostFreeFirst;
        for (int slot = 0; slot < freeCores.length; slot++) {
            hosts.add(key(slot));
        }
    }

    /** Free cores in the high half; in the low half the slot, reversed for worst fit so that ties still favour the lowest slot. */
    private long key(int slot) {
        long tie = mostFreeFirst ? Integer.MAX_VALUE - slot : slot;
        return ((long) freeCores[slot] << 32) | tie;
    }

    private int slotOf(long key) {
        int tie = (int) (key & 0xffffffffL);
        return mostFreeFirst ? Integer.MAX_VALUE - tie : tie;
    }

    @Override
    public int find(int cores, long memoryMib) {
        Iterator<Long> candidates = mostFreeFirst
            ? hosts.descendingIterator()
            : hosts.tailSet((long) cores << 32, true).iterator();
        while (candidates.hasNext()) {
            int slot = slotOf(candidates.next());
            if (freeCores[slot] < cores) {
                return -1;
            }
            if (freeMemory[slot] >= memoryMib) {
                return slot;
            }
        }
        return -1;
    }

    @Override
    public void update(int slot, int cores, long memoryMib) {
        hosts.remove(key(slot));
        freeCores[slot] = cores;
        freeMemory[slot] = memoryMib;
        hosts.add(key(slot));
    }
}
