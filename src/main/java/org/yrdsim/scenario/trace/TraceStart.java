package org.yrdsim.scenario.trace;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * When a trace's second 0 was on the clock where it was recorded, so that its time of day lines up
 * with simulation time 0, which is midnight: a trace starting at 14:00 local time has its second 0
 * at simulation second 50,400 of the day.
 */
public final class TraceStart {
    private static final double DAY = 86_400;
    /** ISO local date-time, then an offset, a bracketed zone id, or both. */
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
        .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
        .optionalStart().appendOffsetId().optionalEnd()
        .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
        .toFormatter();

    private TraceStart() {
    }

    /**
     * A date, time and zone: an offset ({@code 2011-05-01T19:00-07:00}), a zone id
     * ({@code 2013-07-01T00:03[Europe/Amsterdam]}) or both.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static ZonedDateTime parse(String text) {
        try {
            return FORMAT.parse(text.strip(), ZonedDateTime::from);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(("expected a date, time and zone such as 2011-05-01T19:00-07:00 or "
                + "2013-07-01T00:03[Europe/Amsterdam]; found '%s'").formatted(text));
        }
    }

    /** Seconds from the local midnight before {@code start} to {@code start}: where trace second 0 falls in the simulated day. */
    public static double secondOfDay(ZonedDateTime start) {
        return start.toLocalTime().toNanoOfDay() / 1e9 % DAY;
    }
}
