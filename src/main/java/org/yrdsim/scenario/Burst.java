package org.yrdsim.scenario;

/**
 * A stretch of time when a stream's rate is multiplied, such as a shopping festival.
 *
 * @param start      when it starts (s from the simulation start)
 * @param duration   how long it lasts (s)
 */
public record Burst(double start, double duration, double multiplier) {
    public boolean covers(double time) {
        return time >= start && time < start + duration;
    }
}
