package org.yrdsim.workload.trace;

import org.yrdsim.workload.UsageProfile;

import java.util.Objects;

/**
 * A measured CPU-usage series as a usage profile: busy shares (0..1) one per {@code step} seconds,
 * each holding until the next. Past its end the series <b>repeats</b> from its start, because the
 * sources are one day (PlanetLab) or whole weeks (Bitbrains, Alibaba) of the same machines, so a
 * repeat keeps the daily rhythm where holding the last value would flatten it.
 */
public final class UsageSeries implements UsageProfile {
    private final String name;
    private final double startTime;
    private final double step;
    private final float[] shares;
    /** Simulation seconds after midnight at which the first sample is taken. */
    private final double clockOffset;

    /**
     * @param name      where the series came from (file or machine id)
     * @param startTime trace time of the first sample (s; epoch seconds for Bitbrains), for reference
     * @param step      seconds between samples
     * @param shares    busy shares in [0, 1], copied
     */
    public UsageSeries(String name, double startTime, double step, float[] shares) {
        this(name, startTime, step, shares, 0);
    }

    private UsageSeries(String name, double startTime, double step, float[] shares, double clockOffset) {
        this.name = Objects.requireNonNull(name, "name");
        if (!(step > 0) || shares.length == 0) {
            throw new IllegalArgumentException("usage series %s needs a positive step and at least one sample".formatted(name));
        }
        for (float share : shares) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("usage series %s has a share outside [0, 1]: %s".formatted(name, share));
            }
        }
        this.startTime = startTime;
        this.step = step;
        this.shares = shares.clone();
        this.clockOffset = clockOffset;
    }

    /** The same series with its first sample at {@code secondOfDay} seconds after simulation midnight, its time of day. */
    public UsageSeries onClockAt(double secondOfDay) {
        return new UsageSeries(name, startTime, step, shares, secondOfDay);
    }

    public String name() {
        return name;
    }

    public double startTime() {
        return startTime;
    }

    public double step() {
        return step;
    }

    public int length() {
        return shares.length;
    }

    public double share(int index) {
        return shares[index];
    }

    /** Seconds covered before the series repeats. */
    public double period() {
        return shares.length * step;
    }

    public double mean() {
        double sum = 0;
        for (float share : shares) {
            sum += share;
        }
        return sum / shares.length;
    }

    @Override
    public double at(double time) {
        long index = (long) Math.floor((time - clockOffset) / step);
        return shares[(int) Math.floorMod(index, (long) shares.length)];
    }

    /** The same series entered {@code offset} seconds in, so VMs drawing one series need not move in step. */
    public UsageProfile startingAt(double offset) {
        return time -> at(time + offset);
    }

    @Override
    public String toString() {
        return "UsageSeries[%s, %d samples every %s s, mean %.3f]".formatted(name, shares.length, step, mean());
    }
}
