package org.yrdsim.workload.fit;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

import java.util.List;

/**
 * Fits exponential and lognormal distributions to positive lifetimes by maximum likelihood (both
 * have closed forms) and keeps the one closer to the sample in Kolmogorov-Smirnov distance. The
 * two cover the usual cases: memoryless lifetimes and the heavy right tail real traces show.
 */
final class LifetimeFitter {
    private LifetimeFitter() {
    }

    static WorkloadFit.LifetimeFit fit(double[] lifetimes) {
        if (lifetimes.length < 2) {
            throw new IllegalArgumentException("need at least 2 finite lifetimes to fit, found " + lifetimes.length);
        }
        double sum = 0;
        double logSum = 0;
        for (double t : lifetimes) {
            sum += t;
            logSum += Math.log(t);
        }
        double mean = sum / lifetimes.length;
        double mu = logSum / lifetimes.length;
        double squares = 0;
        for (double t : lifetimes) {
            squares += (Math.log(t) - mu) * (Math.log(t) - mu);
        }
        double sigma = Math.sqrt(squares / lifetimes.length);

        var ks = new KolmogorovSmirnovTest();
        RealDistribution exponential = new ExponentialDistribution(null, mean);
        double exponentialD = ks.kolmogorovSmirnovStatistic(exponential, lifetimes);
        if (!(sigma > 0)) {
            return new WorkloadFit.LifetimeFit("exponential", List.of(mean), exponentialD, lifetimes.length);
        }
        RealDistribution lognormal = new LogNormalDistribution(null, mu, sigma);
        double lognormalD = ks.kolmogorovSmirnovStatistic(lognormal, lifetimes);
        return lognormalD < exponentialD
            ? new WorkloadFit.LifetimeFit("lognormal", List.of(mu, sigma), lognormalD, lifetimes.length)
            : new WorkloadFit.LifetimeFit("exponential", List.of(mean), exponentialD, lifetimes.length);
    }
}
