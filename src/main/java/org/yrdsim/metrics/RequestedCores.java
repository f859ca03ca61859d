package org.yrdsim.metrics;

import java.util.Arrays;

/**
 * Cores asked for at once, placed or not: each request counts from its arrival for its lifetime.
 * Counted in milli-cores, so fractional requests add up exactly (398,179.5 cores stays that, not
 * a sum of rounding errors). The ends still to come are kept in a binary heap of primitives,
 * since a boxed queue entry per request was a tenth of a large run.
 */
final class RequestedCores {
    private double[] ends = new double[1024];
    private int[] milliCores = new int[1024];
    private int size;
    private long requestedMilli;
    private long peakMilli;

    void arrive(double arrival, double departure, int requestMilliCores) {
        while (size > 0 && ends[0] <= arrival) {
            requestedMilli -= milliCores[0];
            removeTop();
        }
        requestedMilli += requestMilliCores;
        peakMilli = Math.max(peakMilli, requestedMilli);
        add(departure, requestMilliCores);
    }

    /** The peak in cores. */
    double peak() {
        return peakMilli / 1000.0;
    }

    private void add(double end, int requestMilliCores) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            milliCores = Arrays.copyOf(milliCores, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (ends[parent] <= end) {
                break;
            }
            ends[at] = ends[parent];
            milliCores[at] = milliCores[parent];
            at = parent;
        }
        ends[at] = end;
        milliCores[at] = requestMilliCores;
    }

    private void removeTop() {
        double end = ends[--size];
        int lastMilli = milliCores[size];
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
            milliCores[at] = milliCores[child];
            at = child;
        }
        ends[at] = end;
        milliCores[at] = lastMilli;
    }
}
