package org.yrdsim.cli;

/**
 * Told how far one simulation has got. Called often, from the thread that runs the simulation:
 * implementations only record the numbers and must be cheap and thread-safe.
 */
public interface RunProgress {
    RunProgress NONE = (simulatedSeconds, totalSeconds, requestsSoFar) -> {
    };

    /**
     * @param simulatedSeconds simulated time reached, counted over every pass of the run
     * @param totalSeconds     simulated time the run will reach at its end
     * @param requestsSoFar    VM requests handled so far
     */
    void advanced(double simulatedSeconds, double totalSeconds, long requestsSoFar);
}
