package org.yrdsim.scenario;

import java.util.Optional;

/**
 * @param duration       simulated time (s)
 * @param sampleInterval time between metric samples (s)
 * @param warmup         time at the start left out of the summary, while the empty cluster fills (s)
 * @param seed           master seed; every random stream derives its own from it
 * @param scale          factor applied to host counts and arrival rates together
 */
public record SimulationSpec(double duration, double sampleInterval, double warmup, long seed, double scale) {
    /**
     * What a reader must know about a run below full size: a smaller pool turns away more of its
     * requests near capacity (Erlang-B: at 90% load, 100 slots block 2.7%, 10,000 practically none).
     */
    public Optional<String> scaleNote() {
        if (scale >= 1) {
            return Optional.empty();
        }
        return Optional.of(("scale %s: %s of the hosts and of the demand; pooling gains grow with size, so "
            + "rejections near capacity are higher than the full cluster would see (run with --set simulation.scale=1)")
            .formatted(scale, percent(scale)));
    }

    private static String percent(double share) {
        double p = 100 * share;
        return (p == Math.rint(p) ? "%.0f%%" : "%.2g%%").formatted(p);
    }
}
