package org.yrdsim.scenario;

import java.util.Arrays;

/** A value that is either constant or given for each of the 24 hours of the day (hour 0 from midnight). */
public record HourlyValue(double[] byHour) {
    public HourlyValue {
        if (byHour.length != 1 && byHour.length != 24) {
            throw new IllegalArgumentException("one value or 24 hourly values, not " + byHour.length);
        }
        byHour = byHour.clone();
    }

    public static HourlyValue constant(double value) {
        return new HourlyValue(new double[]{value});
    }

    /** The value in force at {@code time} seconds from the start, which is midnight. */
    public double at(double time) {
        if (byHour.length == 1) {
            return byHour[0];
        }
        int hour = (int) Math.floor(time / 3600) % 24;
        return byHour[hour];
    }

    public double mean() {
        return Arrays.stream(byHour).average().orElseThrow();
    }

    @Override
    public double[] byHour() {
        return byHour.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HourlyValue other && Arrays.equals(byHour, other.byHour);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byHour);
    }

    @Override
    public String toString() {
        return byHour.length == 1 ? Double.toString(byHour[0]) : Arrays.toString(byHour);
    }
}
