package org.yrdsim.metrics;

import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Site;
import org.yrdsim.scenario.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds, for each target and each site and operator (and the cluster), the first day its figure
 * crossed the target's bound. Each day's figure is read from the run's time series over the
 * samples that close an interval starting in that day, after the warm-up: levels are averaged
 * over the samples with hosts in service, the PUE is that day's facility energy over its IT
 * energy, and the rejection rate that day's rejections over its arrivals. A day with nothing to
 * measure (no host in service, no arrival) neither meets nor misses.
 */
public final class TargetCrossings {
    private static final double DAY_S = 86_400;
    /** The figures that can be read day by day from the time series (the levels also with their {@code .mean}). */
    private static final List<String> DAILY = List.of("rackUtilisation", "allocatedCpu", "allocatedMemory", "usedCpu", "pue",
        "rejectionRate");

    private TargetCrossings() {
    }

    /**
     * The crossings of the scenario's cluster-wide targets on figures that can be read day by day;
     * the others (latency, N+1 headroom, targets on one site or operator) are judged over the run only.
     */
    public static List<TargetCrossing> of(RunResult run) {
        return of(run, run.scenario().targets().stream().filter(TargetCrossings::readDaily).toList());
    }

    static boolean readDaily(Target target) {
        String name = target.figure();
        return DAILY.contains(name) || name.endsWith(".mean") && DAILY.contains(figure(target))
            && !List.of("pue", "rejectionRate").contains(figure(target));
    }

    public static List<TargetCrossing> of(RunResult run, List<Target> targets) {
        List<TargetCrossing> crossings = new ArrayList<>();
        for (Scope scope : run.series().keySet()) {
            if (scope.kind() == Scope.Kind.DATACENTER) {
                continue;
            }
            for (Target target : targets) {
                crossing(scope, target, daily(run, scope, figure(target))).ifPresent(crossings::add);
            }
        }
        return List.copyOf(crossings);
    }

    private static String figure(Target target) {
        String name = target.figure();
        return name.endsWith(".mean") ? name.substring(0, name.length() - ".mean".length()) : name;
    }

    private static Optional<TargetCrossing> crossing(Scope scope, Target target, double[] daily) {
        Boolean atStart = null;
        for (int day = 0; day < daily.length; day++) {
            if (Double.isNaN(daily[day])) {
                continue;
            }
            boolean met = target.met(daily[day], daily[day]);
            if (atStart == null) {
                atStart = met;
            } else if (met != atStart) {
                return Optional.of(new TargetCrossing(scope.label(), target.toString(), atStart, day));
            }
        }
        return atStart == null ? Optional.empty()
            : Optional.of(new TargetCrossing(scope.label(), target.toString(), atStart, null));
    }

    /** The figure day by day: a numerator and a denominator summed over each day's intervals; NaN where the denominator is 0. */
    private static double[] daily(RunResult run, Scope scope, String figure) {
        double[] t = run.times();
        int days = t.length == 0 ? 0 : (int) (t[t.length - 1] / DAY_S) + 1;
        double[] numerator = new double[days];
        double[] denominator = new double[days];
        ScopeSeries s = run.series().get(scope);
        int first = run.firstMeasuredSample();
        for (int i = first + 1; i < t.length; i++) {
            int day = (int) (t[i - 1] / DAY_S);
            switch (figure) {
                case "rackUtilisation" -> addShare(s, Metric.ACTIVE_HOSTS, Metric.HOSTS, i, day, numerator, denominator);
                case "allocatedCpu" -> addShare(s, Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY, i, day, numerator, denominator);
                case "allocatedMemory" -> addShare(s, Metric.ALLOCATED_MEMORY_MIB, Metric.MEMORY_CAPACITY_MIB, i, day, numerator, denominator);
                case "usedCpu" -> addShare(s, Metric.USED_CORES, Metric.PHYSICAL_CORES, i, day, numerator, denominator);
                case "rejectionRate" -> {
                    numerator[day] += s.get(Metric.REJECTIONS, i);
                    denominator[day] += s.get(Metric.ARRIVALS, i);
                }
                case "pue" -> addEnergy(run, scope, i, day, numerator, denominator);
                default -> throw new IllegalArgumentException("no daily figure " + figure + "; known: " + DAILY);
            }
        }
        double[] out = new double[days];
        for (int day = 0; day < days; day++) {
            // NaN also where the counts are (a site has no arrivals of its own)
            out[day] = denominator[day] > 0 ? numerator[day] / denominator[day] : Double.NaN;
        }
        return out;
    }

    private static void addShare(ScopeSeries s, Metric part, Metric whole, int i, int day, double[] numerator, double[] denominator) {
        if (s.get(whole, i) > 0) {
            numerator[day] += s.get(part, i) / s.get(whole, i);
            denominator[day]++;
        }
    }

    /** Facility and IT energy of the interval sample {@code i} closes, priced at the PUE in force when it began. */
    private static void addEnergy(RunResult run, Scope scope, int i, int day, double[] facility, double[] it) {
        double seconds = run.times()[i] - run.times()[i - 1];
        for (DatacenterSpec dc : run.scenario().datacenters()) {
            ScopeSeries s = run.series().get(Scope.datacenter(dc.name()));
            if (s != null && MeasuredWindow.covers(scope, dc)) {
                Site site = run.scenario().site(dc.site()).orElseThrow();
                double itJoules = s.get(Metric.IT_POWER_W, i) * seconds;
                it[day] += itJoules;
                facility[day] += itJoules * site.pue().at(run.times()[i - 1]);
            }
        }
    }
}
