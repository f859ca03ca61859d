package org.yrdsim.metrics;

import java.util.Arrays;

/**
 * Cores asked for at once, placed or not: each request counts from its arrival for its lifetime.
 * The ends still to come are kept in a binary heap of primitives, since a boxed queue entry per
 * request was a tenth of a large run.
 */
final class RequestedCores {
    private double[] ends = new double[1024];
    private int[] cores = new int[1024];
    private int size;
    private long requested;
    private long peak;

    void arrive(double arrival, double departure, int requestCores) {
        while (size > 0 && ends[0] <= arrival) {
            requested -= cores[0];
            removeTop();
        }
        requested += requestCores;
        peak = Math.max(peak, requested);
        add(departure, requestCores);
    }

    long peak() {
        return peak;
    }

    private void add(double end, int requestCores) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            cores = Arrays.copyOf(cores, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (ends[parent] <= end) {
                break;
            }
            ends[at] = ends[parent];
            cores[at] = cores[parent];
            at = parent;
        }
        ends[at] = end;
        cores[at] = requestCores;
    }

    private void removeTop() {
        double end = ends[--size];
        int lastCores = cores[size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && ends[child + 1] < ends[child]) {
                child++;
            }
            if (end <= ends[child]) {
                break;
            }
            ends[at] = ends[child];
            cores[at] = cores[child];
            at = child;
        }
        ends[at] = end;
        cores[at] = lastCores;
    }
}
