package org.yrdsim.metrics;

import java.util.Arrays;

/** The sampled values of one scope: one growable column per metric. */
public final class ScopeSeries {
    private final double[][] columns = new double[Metric.values().length][64];
    private int size;

    void append(double[] row) {
        if (size == columns[0].length) {
            for (int m = 0; m < columns.length; m++) {
                columns[m] = Arrays.copyOf(columns[m], size * 2);
            }
        }
        for (int m = 0; m < columns.length; m++) {
            columns[m][size] = row[m];
        }
        size++;
    }

    public int size() {
        return size;
    }

    public double get(Metric metric, int sample) {
        return columns[metric.ordinal()][sample];
    }

    /** {@code numerator / denominator} at each sample (0 where the denominator is 0). */
    public double[] ratio(Metric numerator, Metric denominator) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            double d = get(denominator, i);
            out[i] = d == 0 ? 0 : get(numerator, i) / d;
        }
        return out;
    }

    public double[] values(Metric metric) {
        return Arrays.copyOf(columns[metric.ordinal()], size);
    }
}
