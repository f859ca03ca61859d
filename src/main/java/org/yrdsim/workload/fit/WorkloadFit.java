package org.yrdsim.workload.fit;

import java.util.List;

/**
 * What a stream of VM requests looks like, in the terms a synthetic workload stream is set up with.
 *
 * @param requests           requests seen
 * @param observedSeconds    span the rates are measured over: first arrival (taken as 0) to the last
 * @param hourlyArrivalRates 24 rates (requests per hour) by hour of the day, hour 0 starting at
 *                           simulation time 0, each divided by how long that hour was observed
 * @param flavours           the most common (cores, memory) pairs with their shares, most common first
 * @param otherFlavourShare  share of requests in flavours not listed
 * @param lifetime           the best-fitting lifetime distribution of the finite lifetimes
 * @param infiniteLifetimeShare share of requests that live to the end (trace never shows their end)
 * @param cpuUsageDeciles    busy share at the 0th, 10th, ..., 100th percentile, over requests, each
 *                           read from its profile at its arrival
 */
public record WorkloadFit(long requests, double observedSeconds, List<Double> hourlyArrivalRates,
                          List<FlavourShare> flavours, double otherFlavourShare, LifetimeFit lifetime,
                          double infiniteLifetimeShare, List<Double> cpuUsageDeciles) {
    public WorkloadFit {
        hourlyArrivalRates = List.copyOf(hourlyArrivalRates);
        flavours = List.copyOf(flavours);
        cpuUsageDeciles = List.copyOf(cpuUsageDeciles);
    }

    /** A VM size (CPU in milli-cores, as requests carry it) and the share of requests asking for it. */
    public record FlavourShare(int milliCores, long memoryMib, double share) {
    }

    /**
     * A fitted lifetime distribution.
     *
     * @param distribution  {@code exponential} (parameter: mean s) or {@code lognormal}
     *                      (parameters: mu and sigma of the natural log of seconds)
     * @param parameters    as above, in that order
     * @param ksStatistic   Kolmogorov-Smirnov distance between the fit and the sample (0 = perfect);
     *                      a p-value is not given because trace lifetimes are heavily tied
     *                      (whole seconds), which makes it meaningless
     * @param sampleSize    lifetimes the fit was made on (a uniform sample of at most 100,000)
     */
    public record LifetimeFit(String distribution, List<Double> parameters, double ksStatistic, int sampleSize) {
        public LifetimeFit {
            parameters = List.copyOf(parameters);
        }
    }
}
