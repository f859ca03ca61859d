package org.yrdsim.placement;

/**
 * First fit over a segment tree: each node holds the most free CPU and the most free memory
 * below it, so the search descends only into subtrees that might hold a fitting host and
 * returns the lowest slot that fits.
 */
final class FirstFitIndex implements HostIndex {
    private final int size;
    private final int leaves;
    private final int[] maxCpu;
    private final long[] maxMemory;

    FirstFitIndex(int[] freeCpu, long[] freeMemoryMib) {
        size = freeCpu.length;
        int n = 1;
        while (n < Math.max(1, size)) {
            n <<= 1;
        }
        leaves = n;
        maxCpu = new int[2 * n];
        maxMemory = new long[2 * n];
        java.util.Arrays.fill(maxCpu, -1);
        java.util.Arrays.fill(maxMemory, -1);
        for (int i = 0; i < size; i++) {
            maxCpu[n + i] = freeCpu[i];
            maxMemory[n + i] = freeMemoryMib[i];
        }
        for (int i = n - 1; i >= 1; i--) {
            pull(i);
        }
    }

    @Override
    public int find(int cpu, long memoryMib) {
        return size == 0 ? -1 : leftmost(1, cpu, memoryMib);
    }

    private int leftmost(int node, int cpu, long memoryMib) {
        if (maxCpu[node] < cpu || maxMemory[node] < memoryMib) {
            return -1;
        }
        if (node >= leaves) {
            return node - leaves;
        }
        int left = leftmost(2 * node, cpu, memoryMib);
        return left >= 0 ? left : leftmost(2 * node + 1, cpu, memoryMib);
    }

    @Override
    public void update(int slot, int freeCpu, long freeMemoryMib) {
        int node = leaves + slot;
        maxCpu[node] = freeCpu;
        maxMemory[node] = freeMemoryMib;
        for (node >>= 1; node >= 1; node >>= 1) {
            pull(node);
        }
    }

    private void pull(int node) {
        maxCpu[node] = Math.max(maxCpu[2 * node], maxCpu[2 * node + 1]);
        maxMemory[node] = Math.max(maxMemory[2 * node], maxMemory[2 * node + 1]);
    }
}
