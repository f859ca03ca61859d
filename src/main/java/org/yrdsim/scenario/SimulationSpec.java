package org.yrdsim.scenario;

/**
 * @param duration       simulated time (s)
 * @param sampleInterval time between metric samples (s)
 * @param warmup         time at the start left out of the summary, while the empty cluster fills (s)
 * @param seed           master seed; every random stream derives its own from it
 * @param scale          factor applied to host counts and arrival rates together
 */
public record SimulationSpec(double duration, double sampleInterval, double warmup, long seed, double scale) {
}
