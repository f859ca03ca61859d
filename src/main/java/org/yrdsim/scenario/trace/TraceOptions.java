package org.yrdsim.scenario.trace;

import java.util.Objects;

/**
 * Which part of a trace to replay and how to place it on the simulation clock.
 *
 * <p>Times: a request of the trace arriving at trace time {@code a} (seconds, after the format's own
 * unit conversion) with lifetime {@code L} becomes
 * <pre>
 *   arrival  = timeShift + (max(a, windowStart) - windowStart) / speedUp
 *   lifetime = (a + L - max(a, windowStart)) / speedUp
 * </pre>
 * so simulation time {@code timeShift} is the window start. Requests arriving at or after
 * {@code windowEnd} are left out. Requests running at the window start (they began to run at or
 * before it and end after it) are the replay's initial state: with {@code initialState} they
 * arrive at the window start with what remains of their life, so the cluster starts as full as the
 * trace was; without, they are left out and counted, and the cluster starts empty. Requests asked
 * for before the window start that had not begun to run then (a recorded wait) arrive at the
 * window start with their whole run. Lifetimes are not cut at the window end: a request
 * that arrived inside the window keeps its whole life. A speed-up of 2 halves both the gaps
 * between arrivals and the lifetimes, which keeps the number of concurrent VMs (the load shape)
 * and doubles the arrival rate.
 *
 * <p>Sampling keeps a row when a hash of its key (task, job or VM id) and {@code sampleSeed} falls
 * below {@code sampleFraction}; the decision depends on nothing else, so the same seed keeps the
 * same rows whatever the reading order, window or other options.
 *
 * @param windowStart    first trace second replayed (inclusive)
 * @param windowEnd      trace second where replay stops (exclusive); may be infinite
 * @param timeShift      simulation seconds added to every arrival after the window and speed-up
 * @param speedUp        factor dividing times and lifetimes (> 0)
 * @param sampleFraction share of rows kept, in (0, 1]
 * @param sampleSeed     seed of the sampling hash
 * @param stream         stream name put on every request
 * @param mapping        owners and sizes to scenario terms
 * @param initialState   whether what runs at the window start is placed at its start
 */
public record TraceOptions(double windowStart, double windowEnd, double timeShift, double speedUp,
                           double sampleFraction, long sampleSeed, String stream, TraceMapping mapping,
                           boolean initialState) {
    public TraceOptions {
        if (!Double.isFinite(windowStart) || !(windowEnd > windowStart)) {
            throw new IllegalArgumentException("window must have a finite start before its end: [%s, %s)"
                .formatted(windowStart, windowEnd));
        }
        if (!(timeShift >= 0) || Double.isInfinite(timeShift)) {
            throw new IllegalArgumentException("time shift must be finite and >= 0: " + timeShift);
        }
        if (!(speedUp > 0) || Double.isInfinite(speedUp)) {
            throw new IllegalArgumentException("speed-up must be finite and > 0: " + speedUp);
        }
        if (!(sampleFraction > 0 && sampleFraction <= 1)) {
            throw new IllegalArgumentException("sample fraction must be in (0, 1]: " + sampleFraction);
        }
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(mapping, "mapping");
    }

    /** The whole trace from trace time 0, unshifted, at real speed, every row, with what runs at its start. */
    public static TraceOptions of(String stream, TraceMapping mapping) {
        return new TraceOptions(0, Double.POSITIVE_INFINITY, 0, 1, 1, 0, stream, mapping, true);
    }

    public TraceOptions withWindow(double start, double end) {
        return new TraceOptions(start, end, timeShift, speedUp, sampleFraction, sampleSeed, stream, mapping, initialState);
    }

    public TraceOptions withTimeShift(double shift) {
        return new TraceOptions(windowStart, windowEnd, shift, speedUp, sampleFraction, sampleSeed, stream, mapping, initialState);
    }

    public TraceOptions withSpeedUp(double factor) {
        return new TraceOptions(windowStart, windowEnd, timeShift, factor, sampleFraction, sampleSeed, stream, mapping, initialState);
    }

    public TraceOptions withSampling(double fraction, long seed) {
        return new TraceOptions(windowStart, windowEnd, timeShift, speedUp, fraction, seed, stream, mapping, initialState);
    }

    public TraceOptions withMapping(TraceMapping newMapping) {
        return new TraceOptions(windowStart, windowEnd, timeShift, speedUp, sampleFraction, sampleSeed, stream, newMapping, initialState);
    }

    public TraceOptions withInitialState(boolean placed) {
        return new TraceOptions(windowStart, windowEnd, timeShift, speedUp, sampleFraction, sampleSeed, stream, mapping, placed);
    }
}
