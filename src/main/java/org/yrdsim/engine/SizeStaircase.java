package org.yrdsim.engine;

import java.util.Arrays;

/**
 * The smallest sizes (CPU, memory) of a set, as a staircase: only sizes that no other in the set
 * is at most in both, sorted by CPU up and so by memory down. Whether some size of the set fits in
 * a given room is then one binary search: the size with the most CPU that fits has the least memory.
 */
final class SizeStaircase {
    private int[] milli = new int[8];
    private long[] memory = new long[8];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** Whether some size of the set is at most {@code roomMilli} and {@code roomMemory}. */
    boolean fitsIn(int roomMilli, long roomMemory) {
        int at = lastAtMost(roomMilli);
        return at >= 0 && memory[at] <= roomMemory;
    }

    void add(int addMilli, long addMemory) {
        if (fitsIn(addMilli, addMemory)) {
            return;
        }
        // the sizes it is at most in both go: those from its CPU on with at least its memory
        int from = lastAtMost(addMilli - 1) + 1;
        int to = from;
        while (to < size && memory[to] >= addMemory) {
            to++;
        }
        if (size - (to - from) + 1 > milli.length) {
            milli = Arrays.copyOf(milli, milli.length * 2);
            memory = Arrays.copyOf(memory, memory.length * 2);
        }
        System.arraycopy(milli, to, milli, from + 1, size - to);
        System.arraycopy(memory, to, memory, from + 1, size - to);
        milli[from] = addMilli;
        memory[from] = addMemory;
        size += 1 - (to - from);
    }

    void addAll(SizeStaircase other) {
        for (int i = 0; i < other.size; i++) {
            add(other.milli[i], other.memory[i]);
        }
    }

    /** Index of the last size with at most this CPU, or -1. */
    private int lastAtMost(int roomMilli) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (milli[mid] <= roomMilli) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }
}
