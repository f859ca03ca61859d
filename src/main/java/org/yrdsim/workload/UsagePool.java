package org.yrdsim.workload;

import org.apache.commons.math3.random.RandomGenerator;

/** Measured CPU-usage profiles that a synthetic stream draws its VMs' usage from. */
public interface UsagePool {
    /** For streams whose usage is drawn from a distribution: they never ask for a measured profile. */
    UsagePool NONE = random -> {
        throw new IllegalStateException("this stream has no measured usage to draw from");
    };

    /** A profile chosen with the caller's generator, so that a seeded stream draws the same ones on every run. */
    UsageProfile pick(RandomGenerator random);
}
