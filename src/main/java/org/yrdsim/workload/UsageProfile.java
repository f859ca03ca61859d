package org.yrdsim.workload;

import org.yrdsim.scenario.DailyCycle;

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
            checkLevel(level);
        }

        @Override
        public double at(double time) {
            return level;
        }
    }

    /**
     * A level that follows a daily cycle, capped at full use. While the cap cannot bite
     * ({@link #neverCapped()}), hosts add these up per cycle and scale the sum at each sample.
     */
    record FollowsCycle(double level, DailyCycle cycle) implements UsageProfile {
        public FollowsCycle {
            checkLevel(level);
        }

        @Override
        public double at(double time) {
            return Math.min(1, level * cycle.factorAt(time));
        }

        /** Whether the share is level x factor at every time of day. */
        public boolean neverCapped() {
            return level * cycle.maxFactor() <= 1;
        }
    }

    private static void checkLevel(double level) {
        if (!(level >= 0 && level <= 1)) {
            throw new IllegalArgumentException("usage level must be in [0, 1]: " + level);
        }
    }
}
