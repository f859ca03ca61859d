package org.yrdsim.metrics;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.HostTable;
import org.yrdsim.placement.LendingLedger;
import org.yrdsim.scenario.Agreement;
import org.yrdsim.scenario.Operator;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.Site;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what happens between samples and, at each sample, reads every datacenter's hosts and
 * sums them up to sites, operators and the cluster.
 */
public final class MetricsRecorder {
    private static final int METRICS = Metric.values().length;
    private static final Metric[] LEVELS = Arrays.stream(Metric.values())
        .filter(m -> m.kind() == Metric.Kind.LEVEL && m != Metric.QUEUED).toArray(Metric[]::new);
    /** Counts of requests, by the operator that asked: the owned view. */
    private static final Metric[] OPERATOR_COUNTS = {Metric.ARRIVALS, Metric.OWNED_PLACEMENTS, Metric.REJECTIONS,
        Metric.OWNED_DEPARTURES, Metric.REPLACED, Metric.OWNED_LOST, Metric.ABANDONED};
    /** Counts of VMs coming onto and leaving a datacenter's hosts: the hosted view. */
    private static final Metric[] HOSTED_COUNTS = {Metric.HOSTED_PLACEMENTS, Metric.HOSTED_DEPARTURES, Metric.HOSTED_LOST};
    /**
     * Levels read from the host tables in milli-cores and added up in them, then turned into cores:
     * whole milli-cores add exactly, so 0.1 + 0.2 allocated cores is 0.3 in the CSV, not 0.30000000000000004.
     */
    private static final Metric[] MILLI_LEVELS = {Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY, Metric.UNAVAILABLE_CORES,
        Metric.USED_CORES};

    private final Scenario scenario;
    private final List<ClusterDatacenter> datacenters;
    private final ClusterDatacenter largest;
    private final Map<Scope, ScopeSeries> series = new LinkedHashMap<>();
    private final Map<String, double[]> operatorCounts = new LinkedHashMap<>();
    private final Map<String, double[]> datacenterCounts = new HashMap<>();
    /** VMs alive now and most alive at once after the warm-up: {alive, peak}, per operator and for the cluster. */
    private final Map<String, int[]> operatorVms = new LinkedHashMap<>();
    private final int[] clusterVms = new int[2];
    private final List<Double> times = new ArrayList<>();
    private double[] latenciesMs = new double[1024];
    private int latencyCount;
    private final RequestedCores requestedCores = new RequestedCores();
    /** Requests waiting now, per operator. */
    private final Map<String, int[]> operatorQueued = new LinkedHashMap<>();
    private final WaitLog waits;
    private final double warmup;

    public MetricsRecorder(Scenario scenario, List<ClusterDatacenter> datacenters) {
        this.scenario = scenario;
        this.datacenters = datacenters;
        this.warmup = scenario.simulation().warmup();
        this.waits = new WaitLog(scenario);
        this.largest = datacenters.stream().max(Comparator.comparingLong(ClusterDatacenter::offeredCores)).orElseThrow();
        series.put(Scope.CLUSTER, new ScopeSeries());
        for (Site site : scenario.sites()) {
            if (datacenters.stream().anyMatch(dc -> dc.site().equals(site))) {
                series.put(Scope.site(site.name()), new ScopeSeries());
            }
        }
        for (Operator operator : scenario.operators()) {
            series.put(Scope.operator(operator.name()), new ScopeSeries());
            operatorCounts.put(operator.name(), new double[METRICS]);
            operatorVms.put(operator.name(), new int[2]);
            operatorQueued.put(operator.name(), new int[1]);
        }
        for (ClusterDatacenter dc : datacenters) {
            series.put(Scope.datacenter(dc.name()), new ScopeSeries());
            datacenterCounts.put(dc.name(), new double[METRICS]);
        }
    }

    private void count(VmRequest request, Metric metric) {
        operatorCounts.get(request.operator())[metric.ordinal()]++;
    }

    private void count(ClusterDatacenter dc, Metric metric) {
        datacenterCounts.get(dc.name())[metric.ordinal()]++;
    }

    public void arrived(VmRequest request) {
        count(request, Metric.ARRIVALS);
        requestedCores.arrive(request);
    }

    public void placed(VmRequest request, ClusterDatacenter dc, double time, double latencySeconds) {
        count(request, Metric.OWNED_PLACEMENTS);
        count(dc, Metric.HOSTED_PLACEMENTS);
        changeAlive(request.operator(), +1, time);
        if (time >= warmup) {
            if (latencyCount == latenciesMs.length) {
                latenciesMs = Arrays.copyOf(latenciesMs, latencyCount * 2);
            }
            latenciesMs[latencyCount++] = latencySeconds * 1000;
        }
    }

    public void rejected(VmRequest request) {
        count(request, Metric.REJECTIONS);
    }

    /** A request of a queueing stream found no room and waits. */
    public void queued(VmRequest request) {
        operatorQueued.get(request.operator())[0]++;
    }

    /** A waiting request started or gave up. */
    public void dequeued(VmRequest request) {
        operatorQueued.get(request.operator())[0]--;
    }

    /** A request of a queueing stream started at {@code time} after waiting {@code wait} (s), 0 if it found room at once. */
    public void waited(VmRequest request, double wait, double time) {
        waits.started(request, wait, time);
    }

    /** A waiting request gave up, its longest wait over. */
    public void abandoned(VmRequest request, double time) {
        count(request, Metric.ABANDONED);
        waits.abandoned(request, time);
    }

    /** A request was still waiting when the run ended. */
    public void stillWaiting(VmRequest request) {
        waits.stillWaiting(request);
    }

    /** A VM thrown off a failed host of {@code from} that found room again, on {@code to}. */
    public void replaced(VmRequest request, ClusterDatacenter from, ClusterDatacenter to) {
        count(request, Metric.REPLACED);
        count(from, Metric.HOSTED_LOST);
        count(to, Metric.HOSTED_PLACEMENTS);
    }

    /** A VM thrown off a failed host of {@code from} that found no room anywhere. */
    public void lost(VmRequest request, ClusterDatacenter from, double time) {
        count(request, Metric.OWNED_LOST);
        count(from, Metric.HOSTED_LOST);
        changeAlive(request.operator(), -1, time);
    }

    /** A VM whose life ended on a host of {@code dc}. */
    public void departed(VmRequest request, ClusterDatacenter dc, double time) {
        count(request, Metric.OWNED_DEPARTURES);
        count(dc, Metric.HOSTED_DEPARTURES);
        changeAlive(request.operator(), -1, time);
    }

    private void changeAlive(String operator, int delta, double time) {
        changeAlive(clusterVms, delta, time);
        changeAlive(operatorVms.get(operator), delta, time);
    }

    private void changeAlive(int[] vms, int delta, double time) {
        vms[0] += delta;
        if (time >= warmup) {
            vms[1] = Math.max(vms[1], vms[0]);
        }
    }

    /** Reads the cluster at {@code time} and closes the counting interval. */
    public void sample(double time) {
        if (time >= warmup) {
            changeAlive(clusterVms, 0, time);
            operatorVms.values().forEach(vms -> changeAlive(vms, 0, time));
        }
        times.add(time);
        Map<Scope, double[]> rows = new HashMap<>();
        for (Scope scope : series.keySet()) {
            rows.put(scope, new double[METRICS]);
        }
        for (ClusterDatacenter dc : datacenters) {
            double[] levels = datacenterLevels(dc, time);
            double[] hosted = datacenterCounts.get(dc.name());
            Scope site = Scope.site(dc.site().name());
            for (Scope scope : new Scope[]{Scope.CLUSTER, site, Scope.operator(dc.operator()), Scope.datacenter(dc.name())}) {
                double[] row = rows.get(scope);
                for (Metric m : LEVELS) {
                    row[m.ordinal()] += levels[m.ordinal()];
                }
                for (Metric m : HOSTED_COUNTS) {
                    row[m.ordinal()] += hosted[m.ordinal()];
                }
            }
            for (Metric m : HOSTED_COUNTS) {
                hosted[m.ordinal()] = 0;
            }
        }
        for (double[] row : rows.values()) {
            for (Metric m : MILLI_LEVELS) {
                row[m.ordinal()] /= 1000;
            }
        }
        double[] cluster = rows.get(Scope.CLUSTER);
        cluster[Metric.OWNED_VMS.ordinal()] = clusterVms[0];
        for (Map.Entry<String, double[]> entry : operatorCounts.entrySet()) {
            double[] row = rows.get(Scope.operator(entry.getKey()));
            row[Metric.OWNED_VMS.ordinal()] = operatorVms.get(entry.getKey())[0];
            double[] counts = entry.getValue();
            for (Metric m : OPERATOR_COUNTS) {
                row[m.ordinal()] = counts[m.ordinal()];
                cluster[m.ordinal()] += counts[m.ordinal()];
                counts[m.ordinal()] = 0;
            }
            row[Metric.QUEUED.ordinal()] = operatorQueued.get(entry.getKey())[0];
            cluster[Metric.QUEUED.ordinal()] += row[Metric.QUEUED.ordinal()];
        }
        for (Map.Entry<Scope, ScopeSeries> entry : series.entrySet()) {
            double[] row = rows.get(entry.getKey());
            Scope.Kind kind = entry.getKey().kind();
            if (kind == Scope.Kind.SITE || kind == Scope.Kind.DATACENTER) {
                for (Metric m : OPERATOR_COUNTS) {
                    row[m.ordinal()] = Double.NaN;
                }
                row[Metric.OWNED_VMS.ordinal()] = Double.NaN;
                row[Metric.QUEUED.ordinal()] = Double.NaN;
            }
            row[Metric.N_PLUS_ONE.ordinal()] = kind == Scope.Kind.CLUSTER ? nPlusOne(rows) : Double.NaN;
            entry.getValue().append(row);
        }
    }

    /**
     * Whether the free cores of every other datacenter add up to what the largest one holds: a
     * check on aggregate cores, blind to how VMs would split across hosts and to sharing rules.
     */
    private double nPlusOne(Map<Scope, double[]> rows) {
        double[] cluster = rows.get(Scope.CLUSTER);
        double[] big = rows.get(Scope.datacenter(largest.name()));
        double freeElsewhere = free(cluster) - free(big);
        return freeElsewhere >= big[Metric.ALLOCATED_CORES.ordinal()] ? 1 : 0;
    }

    private static double free(double[] row) {
        return row[Metric.CORE_CAPACITY.ordinal()] - row[Metric.ALLOCATED_CORES.ordinal()] - row[Metric.UNAVAILABLE_CORES.ordinal()];
    }

    /** Totals the host table keeps up to date, and the one pass over its hosts that use and power need; CPU in milli-cores. */
    private static double[] datacenterLevels(ClusterDatacenter dc, double time) {
        HostTable hosts = dc.table();
        double[] row = new double[METRICS];
        row[Metric.ALLOCATED_CORES.ordinal()] = hosts.allocatedMilli();
        row[Metric.CORE_CAPACITY.ordinal()] = hosts.totalMilli();
        row[Metric.ALLOCATED_MEMORY_MIB.ordinal()] = hosts.allocatedMemory();
        row[Metric.MEMORY_CAPACITY_MIB.ordinal()] = hosts.totalMemory();
        row[Metric.PHYSICAL_CORES.ordinal()] = hosts.physicalCores();
        row[Metric.ACTIVE_HOSTS.ordinal()] = hosts.activeHosts();
        row[Metric.HOSTS.ordinal()] = hosts.hostsInService();
        row[Metric.HOSTED_VMS.ordinal()] = hosts.vms();
        row[Metric.UNAVAILABLE_CORES.ordinal()] = hosts.unavailableMilli();
        row[Metric.HOSTS_OFF.ordinal()] = hosts.hostsOff();
        hosts.prepareSample(time);
        double usedMilli = 0;
        double watts = 0;
        for (int slot = 0; slot < hosts.size(); slot++) {
            double used = hosts.usedMilli(slot, time);
            usedMilli += used;
            watts += hosts.powerWatts(slot, used);
        }
        row[Metric.USED_CORES.ordinal()] = usedMilli;
        row[Metric.IT_POWER_W.ordinal()] = watts;
        return row;
    }

    public RunResult result(long seed, LendingLedger ledger) {
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        ledger.advanceTo(t.length == 0 ? 0 : t[t.length - 1]);
        List<LendingFigures> lending = new ArrayList<>();
        for (Agreement a : ledger.agreements()) {
            double coreHours = ledger.coreHours(a.borrower(), a.lender());
            lending.add(new LendingFigures(a.borrower(), a.lender(), a.mode().spelling(), coreHours, coreHours * a.pricePerCoreHour()));
        }
        Map<Scope, Integer> peakVms = new LinkedHashMap<>();
        peakVms.put(Scope.CLUSTER, clusterVms[1]);
        operatorVms.forEach((operator, vms) -> peakVms.put(Scope.operator(operator), vms[1]));
        return new RunResult(scenario, seed, t, series, Map.copyOf(peakVms), requestedCores.peak(),
            Arrays.copyOf(latenciesMs, latencyCount), List.copyOf(lending), Map.of(), waits);
    }
}
