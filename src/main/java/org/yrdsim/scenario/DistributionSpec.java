package org.yrdsim.scenario;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.List;

/** A probability distribution as a scenario states it; {@link #create} makes a sampler for one stream. */
public sealed interface DistributionSpec {

    RealDistribution create(RandomGenerator random);

    record Constant(double value) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            // A zero-width uniform is not allowed by Commons Math; a point mass is what is meant.
            return new PointMass(value);
        }
    }

    record Exponential(double mean) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            return new ExponentialDistribution(random, mean);
        }
    }

    /** Log-normal given by its median (e^mu) and the standard deviation of its logarithm. */
    record LogNormal(double median, double sigma) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            return new LogNormalDistribution(random, Math.log(median), sigma);
        }
    }

    record Weibull(double shape, double scale) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            return new WeibullDistribution(random, shape, scale);
        }
    }

    record Uniform(double min, double max) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            return new UniformRealDistribution(random, min, max);
        }
    }

    record Beta(double alpha, double beta) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            return new BetaDistribution(random, alpha, beta);
        }
    }

    /**
     * An empirical distribution given by points of its CDF (value, cumulative share), as published
     * traces report them ("62% of VMs live at most 1 h"); linear between points, starting at 0.
     */
    record Empirical(List<double[]> cdfPoints) implements DistributionSpec {
        @Override
        public RealDistribution create(RandomGenerator random) {
            return new PiecewiseLinearDistribution(random, cdfPoints);
        }
    }
}
