package org.yrdsim.scenario;

import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.List;

/**
 * A distribution whose CDF is linear between given points, the first at value 0 with share 0
 * implied, the last at share 1. Sampling inverts the CDF, so one uniform draw gives one value.
 */
final class PiecewiseLinearDistribution extends AbstractRealDistribution {
    private final double[] values;
    private final double[] shares;

    PiecewiseLinearDistribution(RandomGenerator random, List<double[]> cdfPoints) {
        super(random);
        values = new double[cdfPoints.size() + 1];
        shares = new double[cdfPoints.size() + 1];
        for (int i = 0; i < cdfPoints.size(); i++) {
            values[i + 1] = cdfPoints.get(i)[0];
            shares[i + 1] = cdfPoints.get(i)[1];
        }
    }

    @Override
    public double cumulativeProbability(double x) {
        if (x <= 0) {
            return 0;
        }
        for (int i = 1; i < values.length; i++) {
            if (x <= values[i]) {
                return shares[i - 1] + (shares[i] - shares[i - 1]) * (x - values[i - 1]) / (values[i] - values[i - 1]);
            }
        }
        return 1;
    }

    @Override
    public double inverseCumulativeProbability(double p) {
        for (int i = 1; i < shares.length; i++) {
            if (p <= shares[i]) {
                double width = shares[i] - shares[i - 1];
                return width == 0 ? values[i] : values[i - 1] + (values[i] - values[i - 1]) * (p - shares[i - 1]) / width;
            }
        }
        return values[values.length - 1];
    }

    @Override
    public double density(double x) {
        for (int i = 1; i < values.length; i++) {
            if (x > values[i - 1] && x <= values[i]) {
                return (shares[i] - shares[i - 1]) / (values[i] - values[i - 1]);
            }
        }
        return 0;
    }

    @Override
    public double getNumericalMean() {
        double mean = 0;
        for (int i = 1; i < values.length; i++) {
            mean += (shares[i] - shares[i - 1]) * (values[i] + values[i - 1]) / 2;
        }
        return mean;
    }

    @Override
    public double getNumericalVariance() {
        double second = 0;
        for (int i = 1; i < values.length; i++) {
            double a = values[i - 1];
            double b = values[i];
            second += (shares[i] - shares[i - 1]) * (a * a + a * b + b * b) / 3;
        }
        double mean = getNumericalMean();
        return second - mean * mean;
    }

    @Override
    public double getSupportLowerBound() {
        return 0;
    }

    @Override
    public double getSupportUpperBound() {
        return values[values.length - 1];
    }

    @Override
    public boolean isSupportLowerBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportUpperBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
