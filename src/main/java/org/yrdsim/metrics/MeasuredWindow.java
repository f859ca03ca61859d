package org.yrdsim.metrics;

import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Site;

import java.util.Arrays;

/**
 * A run's figures over its measured window, from the first sample at or after the warm-up to the
 * last sample. A sample reads the cluster before the events of its instant, so each sample after
 * the first stands for the interval that it closes: levels are averaged over those samples, counts
 * are those of their intervals, and energy adds up each one's power times its interval, priced at
 * the PUE and tariff in force when the interval began.
 */
final class MeasuredWindow {
    private static final double KWH_PER_WATT_SECOND = 1.0 / 3.6e6;

    private final RunResult run;
    private final int first;

    MeasuredWindow(RunResult run) {
        this.run = run;
        this.first = run.firstMeasuredSample();
    }

    ScopeFigures figures(Scope scope) {
        ScopeSeries s = run.series().get(scope);
        boolean requests = scope.kind() == Scope.Kind.CLUSTER || scope.kind() == Scope.Kind.OPERATOR;
        long arrivals = count(s, Metric.ARRIVALS);
        long rejections = count(s, Metric.REJECTIONS);
        Energy e = energy(scope);
        return new ScopeFigures(
            stats(CapacityShare.ALLOCATED_CPU.over(s)),
            stats(CapacityShare.ALLOCATED_MEMORY.over(s)),
            stats(CapacityShare.USED_CPU.over(s)),
            stats(CapacityShare.RACK_UTILISATION.over(s)),
            stats(CapacityShare.UNAVAILABLE_CPU.over(s)),
            (long) s.get(Metric.HOSTS, s.size() - 1),
            requests ? arrivals : null,
            count(s, requests ? Metric.OWNED_PLACEMENTS : Metric.HOSTED_PLACEMENTS),
            requests ? rejections : null,
            requests ? (arrivals == 0 ? 0.0 : (double) rejections / arrivals) : null,
            requests ? run.peakVms().getOrDefault(scope, 0) : null,
            requests ? count(s, Metric.REPLACED) : null,
            requests ? count(s, Metric.OWNED_LOST) : null,
            e.itKwh, e.facilityKwh, e.itKwh == 0 ? 0.0 : e.facilityKwh / e.itKwh, e.carbonKg / 1000, e.costYuan);
    }

    private record Energy(double itKwh, double facilityKwh, double carbonKg, double costYuan) {
    }

    private Energy energy(Scope scope) {
        double[] t = run.times();
        double it = 0;
        double facility = 0;
        double carbonKg = 0;
        double cost = 0;
        for (DatacenterSpec dc : run.scenario().datacenters()) {
            ScopeSeries s = run.series().get(Scope.datacenter(dc.name()));
            if (s == null || !covers(scope, dc)) {
                continue;
            }
            Site site = run.scenario().site(dc.site()).orElseThrow();
            double[] itW = s.values(Metric.IT_POWER_W);
            double[] facilityW = new double[itW.length];
            double[] yuanPerHour = new double[itW.length];
            for (int i = 1; i < itW.length; i++) {
                facilityW[i] = itW[i] * site.pue().at(t[i - 1]);
                yuanPerHour[i] = facilityW[i] / 1000 * site.tariffPerKwh().at(t[i - 1]);
            }
            double facilityKwh = integral(facilityW) * KWH_PER_WATT_SECOND;
            it += integral(itW) * KWH_PER_WATT_SECOND;
            facility += facilityKwh;
            carbonKg += facilityKwh * site.gridCarbonKgPerKwh() * (1 - site.greenShare());
            cost += integral(yuanPerHour) / 3600;
        }
        return new Energy(it, facility, carbonKg, cost);
    }

    static boolean covers(Scope scope, DatacenterSpec dc) {
        return switch (scope.kind()) {
            case CLUSTER -> true;
            case SITE -> dc.site().equals(scope.name());
            case OPERATOR -> dc.operator().equals(scope.name());
            case DATACENTER -> dc.name().equals(scope.name());
        };
    }

    /** Each sample's value times the interval it closes, over the measured window. */
    private double integral(double[] values) {
        double[] t = run.times();
        double sum = 0;
        for (int i = first + 1; i < values.length; i++) {
            sum += values[i] * (t[i] - t[i - 1]);
        }
        return sum;
    }

    private long count(ScopeSeries s, Metric metric) {
        double sum = 0;
        for (int i = first + 1; i < s.size(); i++) {
            sum += s.get(metric, i);
        }
        return Math.round(sum);
    }

    double measuredMean(double[] values) {
        return Arrays.stream(measured(values)).average().orElse(0);
    }

    double measuredMax(double[] values) {
        return Arrays.stream(measured(values)).max().orElse(0);
    }

    /** The samples that close an interval of the measured window. */
    private double[] measured(double[] values) {
        return Arrays.copyOfRange(values, Math.min(first + 1, values.length), values.length);
    }

    private LevelStats stats(double[] values) {
        return LevelStats.of(measured(values));
    }
}
