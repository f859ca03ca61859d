package org.yrdsim.scenario;

import java.util.Arrays;

/**
 * Watts drawn at evenly spaced CPU loads from 0 to 100%: two points (idle, peak) for a linear
 * model, eleven for a SPECpower-style curve. Power between points is interpolated linearly.
 */
public record PowerCurve(double[] watts) {
    public PowerCurve {
        if (watts.length < 2) {
            throw new IllegalArgumentException("a power curve needs at least idle and peak");
        }
        watts = watts.clone();
    }

    /** @param load CPU load in [0, 1]; values outside are clamped */
    public double wattsAt(double load) {
        double x = Math.max(0, Math.min(1, load)) * (watts.length - 1);
        int i = (int) Math.floor(x);
        if (i >= watts.length - 1) {
            return watts[watts.length - 1];
        }
        return watts[i] + (watts[i + 1] - watts[i]) * (x - i);
    }

    public double idle() {
        return watts[0];
    }

    public double peak() {
        return watts[watts.length - 1];
    }

    @Override
    public double[] watts() {
        return watts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PowerCurve other && Arrays.equals(watts, other.watts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(watts);
    }

    @Override
    public String toString() {
        return "PowerCurve" + Arrays.toString(watts);
    }
}
