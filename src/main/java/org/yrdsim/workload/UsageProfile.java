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
        return new Constant(level);
    }

    /** A level that never changes; hosts add these up once rather than at every sample. */
    record Constant(double level) implements UsageProfile {
        public Constant {
            if (!(level >= 0 && level <= 1)) {
                throw new IllegalArgumentException("usage level must be in [0, 1]: " + level);
            }
        }

        @Override
        public double at(double time) {
            return level;
        }
    }
}
