package org.yrdsim.scenario;

/**
 * A daily cycle: a cosine with its top at {@code peakHour} and a top-to-bottom ratio of
 * {@code peakToTrough}, normalised to average 1 over a day, so a stream's mean rate stays what
 * the scenario says whatever the shape.
 */
public record DiurnalProfile(double peakHour, double peakToTrough) implements DailyCycle {
    public static final DiurnalProfile FLAT = new DiurnalProfile(0, 1);

    private double amplitude() {
        return (peakToTrough - 1) / (peakToTrough + 1);
    }

    @Override
    public double factorAt(double time) {
        double hour = (time / 3600.0) % 24.0;
        return 1 + amplitude() * Math.cos(2 * Math.PI * (hour - peakHour) / 24.0);
    }

    @Override
    public double maxFactor() {
        return 1 + amplitude();
    }
}
