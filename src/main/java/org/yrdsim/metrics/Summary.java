package org.yrdsim.metrics;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Site;
import org.yrdsim.workload.trace.TraceProvenance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline figures of a run, as the nested map that becomes {@code summary.json}. Figures
 * cover the measured window, from the first sample at or after the warm-up to the last sample.
 * A sample reads the cluster before the events of its instant, so each sample after the first
 * stands for the interval that it closes: levels are averaged over those samples, counts are those
 * of their intervals, and energy adds up each one's power times its interval, priced at the PUE
 * and tariff in force when the interval began.
 */
public final class Summary {
    /**
     * Raised whenever a figure is renamed, removed or changes meaning, or a section is added;
     * readers refuse other versions. 2 added {@code traces}, the provenance of trace streams; 3 made
     * {@code peakRequestedCores} a number that may be fractional, as requests are sized in milli-cores.
     */
    public static final int SCHEMA_VERSION = 3;

    private static final double KWH_PER_WATT_SECOND = 1.0 / 3.6e6;

    private final RunResult run;
    private final int first;

    private Summary(RunResult run) {
        this.run = run;
        this.first = run.firstMeasuredSample();
    }

    public static Map<String, Object> of(RunResult run, Map<String, Object> scenarioFacts) {
        return new Summary(run).build(scenarioFacts);
    }

    private Map<String, Object> build(Map<String, Object> scenarioFacts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("scenario", scenarioFacts);
        out.put("traces", traces());
        out.putAll(figures(Scope.CLUSTER));
        out.put("peakRequestedCores", run.peakRequestedCores());
        out.put("nPlusOneShare", measuredMean(run.series().get(Scope.CLUSTER).values(Metric.N_PLUS_ONE)));
        out.put("latency", LatencyFigures.of(run.latenciesMs(), run.scenario()));
        out.put("sharing", SharingFigures.of(run));
        Map<String, Object> sites = new LinkedHashMap<>();
        Map<String, Object> operators = new LinkedHashMap<>();
        Map<String, Object> datacenters = new LinkedHashMap<>();
        for (Scope scope : run.series().keySet()) {
            switch (scope.kind()) {
                case SITE -> sites.put(scope.name(), figures(scope));
                case OPERATOR -> operators.put(scope.name(), figures(scope));
                case DATACENTER -> datacenters.put(scope.name(), figures(scope));
                case CLUSTER -> {
                }
            }
        }
        out.put("sites", sites);
        out.put("operators", operators);
        out.put("datacenters", datacenters);
        return out;
    }

    /** Per trace stream: what its file gave, and every row it did not use, by reason. */
    private Map<String, Object> traces() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (TraceProvenance t : run.traces()) {
            Map<String, Object> malformed = new LinkedHashMap<>();
            malformed.put("count", t.malformed());
            malformed.put("first", t.firstMalformed());
            malformed.put("max", t.maxMalformed().toString());
            Map<String, Object> trace = new LinkedHashMap<>();
            trace.put("format", t.format());
            trace.put("file", t.file());
            trace.put("rowsRead", t.rowsRead());
            trace.put("requests", t.requests());
            trace.put("skipped", t.skipped());
            trace.put("malformed", malformed);
            out.put(t.stream(), trace);
        }
        return out;
    }

    private Map<String, Object> figures(Scope scope) {
        ScopeSeries s = run.series().get(scope);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("allocatedCpu", stats(s.ratio(Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY)));
        f.put("allocatedMemory", stats(s.ratio(Metric.ALLOCATED_MEMORY_MIB, Metric.MEMORY_CAPACITY_MIB)));
        f.put("usedCpu", stats(s.ratio(Metric.USED_CORES, Metric.PHYSICAL_CORES)));
        f.put("rackUtilisation", stats(s.ratio(Metric.ACTIVE_HOSTS, Metric.HOSTS)));
        f.put("unavailableCpu", stats(s.ratio(Metric.UNAVAILABLE_CORES, Metric.CORE_CAPACITY)));
        f.put("hosts", (long) s.get(Metric.HOSTS, s.size() - 1));
        if (scope.kind() == Scope.Kind.CLUSTER || scope.kind() == Scope.Kind.OPERATOR) {
            long arrivals = count(s, Metric.ARRIVALS);
            long rejections = count(s, Metric.REJECTIONS);
            f.put("arrivals", arrivals);
            f.put("placements", count(s, Metric.PLACEMENTS));
            f.put("rejections", rejections);
            f.put("rejectionRate", arrivals == 0 ? 0.0 : (double) rejections / arrivals);
            f.put("peakConcurrentVms", run.peakVms().getOrDefault(scope, 0));
            f.put("replaced", count(s, Metric.REPLACED));
            f.put("lost", count(s, Metric.LOST));
        } else {
            f.put("placements", count(s, Metric.PLACEMENTS));
        }
        f.putAll(energy(scope));
        return f;
    }

    private Map<String, Object> energy(Scope scope) {
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
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("itEnergyKwh", it);
        e.put("facilityEnergyKwh", facility);
        e.put("pue", it == 0 ? 0.0 : facility / it);
        e.put("carbonTonnes", carbonKg / 1000);
        e.put("costYuan", cost);
        return e;
    }

    private static boolean covers(Scope scope, DatacenterSpec dc) {
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

    private double measuredMean(double[] values) {
        return Arrays.stream(measured(values)).average().orElse(0);
    }

    /** The samples that close an interval of the measured window. */
    private double[] measured(double[] values) {
        return Arrays.copyOfRange(values, Math.min(first + 1, values.length), values.length);
    }

    private Map<String, Object> stats(double[] values) {
        double[] measured = measured(values);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", Arrays.stream(measured).average().orElse(0));
        m.put("p95", measured.length == 0 ? 0.0
            : new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(measured, 95));
        m.put("peak", Arrays.stream(measured).max().orElse(0));
        return m;
    }
}
