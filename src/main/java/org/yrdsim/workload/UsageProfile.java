package org.yrdsim.workload;

/**
 * The share (0..1) of a VM's cores that it keeps busy at a given time. The metrics sampler
 * evaluates it at each sample instead of running cloudlets, which would cost an event per VM.
 */
@FunctionalInterface
public interface UsageProfile {
    /** @param time seconds from the start of the simulation; @return busy share in [0, 1] */
    double at(double time);

    static UsageProfile constant(double level) {
        if (!(level >= 0 && level <= 1)) {
            throw new IllegalArgumentException("usage level must be in [0, 1]: " + level);
        }
        return time -> level;
    }
}
