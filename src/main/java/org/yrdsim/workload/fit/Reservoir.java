package org.yrdsim.workload.fit;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A uniform sample of at most {@code capacity} values from a stream of unknown length (Vitter's
 * algorithm R), so fitting a trace of millions of requests needs bounded memory. Seeded, so the
 * same stream gives the same sample.
 */
final class Reservoir {
    private final double[] values;
    private final SplittableRandom random;
    private long seen;

    Reservoir(int capacity, long seed) {
        this.values = new double[capacity];
        this.random = new SplittableRandom(seed);
    }

    void add(double value) {
        seen++;
        if (seen <= values.length) {
            values[(int) seen - 1] = value;
        } else {
            long slot = random.nextLong(seen);
            if (slot < values.length) {
                values[(int) slot] = value;
            }
        }
    }

    /** The sample, sorted. */
    double[] sorted() {
        double[] sample = Arrays.copyOf(values, (int) Math.min(seen, values.length));
        Arrays.sort(sample);
        return sample;
    }
}
