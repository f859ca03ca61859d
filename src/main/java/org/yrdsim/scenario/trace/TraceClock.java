package org.yrdsim.scenario.trace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where a usage trace's seconds fall on the local clock of where it was recorded, so its series
 * keep their time of day against simulation time 0, which is midnight.
 *
 * @param secondZero the instant of trace second 0 (the Unix epoch for traces timed in Unix seconds)
 * @param zone       the local time there
 */
public record TraceClock(Instant secondZero, ZoneId zone) {
    private static final long DAY = 86_400;

    /** Trace second 0 taken as midnight, for traces that say nothing of their start. */
    public static final TraceClock MIDNIGHT = new TraceClock(Instant.EPOCH, ZoneOffset.UTC);

    /** Seconds after local midnight of trace second {@code traceSeconds}. */
    public double secondOfDay(double traceSeconds) {
        long whole = (long) Math.floor(traceSeconds);
        return secondZero.plusSeconds(whole).atZone(zone).toLocalTime().toSecondOfDay() + (traceSeconds - whole);
    }
}
