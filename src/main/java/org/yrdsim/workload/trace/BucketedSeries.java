package org.yrdsim.workload.trace;

import java.util.Arrays;

/**
 * Averages irregular or unsorted (time, share) samples into buckets of a fixed step counted from an
 * origin, so the series readers need neither sorted input nor the raw samples in memory. A bucket
 * with no sample between the first and the last filled one takes the previous bucket's value; the
 * number of such filled buckets is reported, never hidden.
 */
final class BucketedSeries {
    private final double origin;
    private final double step;
    private double[] sums = new double[64];
    private int[] counts = new int[64];
    private int first = Integer.MAX_VALUE;
    private int last = -1;

    BucketedSeries(double origin, double step) {
        this.origin = origin;
        this.step = step;
    }

    /** @return false when the time is before the origin (the caller reports the row) */
    boolean add(double time, double share) {
        double offset = (time - origin) / step;
        if (offset < 0 || offset >= Integer.MAX_VALUE) {
            return false;
        }
        int bucket = (int) offset;
        if (bucket >= sums.length) {
            int size = Math.max(bucket + 1, sums.length * 2);
            sums = Arrays.copyOf(sums, size);
            counts = Arrays.copyOf(counts, size);
        }
        sums[bucket] += share;
        counts[bucket]++;
        first = Math.min(first, bucket);
        last = Math.max(last, bucket);
        return true;
    }

    boolean isEmpty() {
        return last < 0;
    }

    /** The series from the first to the last filled bucket; gaps counted in the report. */
    UsageSeries build(String name, TraceReport report) {
        float[] shares = new float[last - first + 1];
        float previous = 0;
        for (int b = first; b <= last; b++) {
            if (counts[b] > 0) {
                previous = (float) Math.min(1, sums[b] / counts[b]);
            } else {
                report.skip("empty step filled with the previous value");
            }
            shares[b - first] = previous;
        }
        return new UsageSeries(name, origin + first * step, step, shares);
    }
}
