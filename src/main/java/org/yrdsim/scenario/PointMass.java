package org.yrdsim.scenario;

import org.apache.commons.math3.distribution.AbstractRealDistribution;

/** All probability at one value. */
final class PointMass extends AbstractRealDistribution {
    private final double value;

    PointMass(double value) {
        super(null);
        this.value = value;
    }

    @Override
    public double density(double x) {
        return x == value ? Double.POSITIVE_INFINITY : 0;
    }

    @Override
    public double cumulativeProbability(double x) {
        return x < value ? 0 : 1;
    }

    @Override
    public double inverseCumulativeProbability(double p) {
        return value;
    }

    @Override
    public double sample() {
        return value;
    }

    @Override
    public double getNumericalMean() {
        return value;
    }

    @Override
    public double getNumericalVariance() {
        return 0;
    }

    @Override
    public double getSupportLowerBound() {
        return value;
    }

    @Override
    public double getSupportUpperBound() {
        return value;
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
