package org.yrdsim.placement;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Hosts grouped by their exact free CPU. Best fit walks up from the least free CPU that could fit,
 * worst fit down from the most; within a group the lowest slot with enough memory wins, so ties
 * go to the lowest slot as in a scan. Each group keeps its slots in a min-heap, and a bit set
 * marks the groups that have hosts, so a search skips empty ones a machine word at a time.
 */
final class FreeCpuIndex implements HostIndex {
    private final int[] freeCpu;
    private final long[] freeMemory;
    private final boolean mostFreeFirst;
    /** Position of each slot in its group's heap. */
    private final int[] position;
    private final BitSet occupied = new BitSet();
    private SlotHeap[] groups = new SlotHeap[0];

    FreeCpuIndex(int[] freeCpu, long[] freeMemoryMib, boolean mostFreeFirst) {
        this.freeCpu = freeCpu.clone();
        this.freeMemory = freeMemoryMib.clone();
        this.mostFreeFirst = mostFreeFirst;
        this.position = new int[freeCpu.length];
        for (int slot = 0; slot < freeCpu.length; slot++) {
            group(freeCpu[slot]).add(slot);
        }
    }

    @Override
    public int find(int cpu, long memoryMib) {
        if (mostFreeFirst) {
            for (int free = occupied.previousSetBit(groups.length - 1); free >= cpu; free = occupied.previousSetBit(free - 1)) {
                int slot = groups[free].lowestWith(memoryMib);
                if (slot >= 0) {
                    return slot;
                }
            }
        } else {
            for (int free = occupied.nextSetBit(cpu); free >= 0; free = occupied.nextSetBit(free + 1)) {
                int slot = groups[free].lowestWith(memoryMib);
                if (slot >= 0) {
                    return slot;
                }
            }
        }
        return -1;
    }

    @Override
    public void update(int slot, int cpu, long memoryMib) {
        if (cpu != freeCpu[slot]) {
            groups[freeCpu[slot]].remove(slot);
            freeCpu[slot] = cpu;
            group(cpu).add(slot);
        }
        freeMemory[slot] = memoryMib;
    }

    private SlotHeap group(int free) {
        if (free >= groups.length) {
            groups = Arrays.copyOf(groups, Math.max(free + 1, groups.length * 2));
        }
        if (groups[free] == null) {
            groups[free] = new SlotHeap(free);
        }
        return groups[free];
    }

    /** The slots of one group as a binary min-heap, each slot's place in it kept in {@link #position}. */
    private final class SlotHeap {
        private final int free;
        private int[] slots = new int[4];
        private int size;

        SlotHeap(int free) {
            this.free = free;
        }

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            if (size == 0) {
                occupied.set(free);
            }
            place(slot, size++);
            siftUp(slot);
        }

        void remove(int slot) {
            int at = position[slot];
            int last = slots[--size];
            if (size == 0) {
                occupied.clear(free);
            }
            if (at == size) {
                return;
            }
            place(last, at);
            siftDown(last);
            siftUp(last);
        }

        /** The lowest slot with this much free memory: the heap's top, unless memory rules it out. */
        int lowestWith(long memoryMib) {
            if (freeMemory[slots[0]] >= memoryMib) {
                return slots[0];
            }
            int lowest = -1;
            for (int i = 1; i < size; i++) {
                int slot = slots[i];
                if (freeMemory[slot] >= memoryMib && (lowest < 0 || slot < lowest)) {
                    lowest = slot;
                }
            }
            return lowest;
        }

        private void siftUp(int slot) {
            int at = position[slot];
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (slots[parent] < slot) {
                    break;
                }
                place(slots[parent], at);
                at = parent;
            }
            place(slot, at);
        }

        private void siftDown(int slot) {
            int at = position[slot];
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && slots[child + 1] < slots[child]) {
                    child++;
                }
                if (slot < slots[child]) {
                    break;
                }
                place(slots[child], at);
                at = child;
            }
            place(slot, at);
        }

        private void place(int slot, int at) {
            slots[at] = slot;
            position[slot] = at;
        }
    }
}
