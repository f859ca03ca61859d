package org.yrdsim.metrics;

import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.Target;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crossing days found on hand-made series whose daily figures are worked out in the comments. */
class TargetCrossingsTest {
    private static final String SCENARIO = """
        name: crossing
        simulation: {duration: 6d, warmup: 1d, sampleInterval: 12h, seed: 1}
        cities: [{name: c, latitude: 31, longitude: 121}]
        sites:
          - {name: s, latitude: 31, longitude: 121, pue: 1.2, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}
        hostTypes:
          - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 32 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 1 W, peak: 2 W}}
        operators: [{name: op, datacenters: [{site: s, hosts: {h: 10}}]}]
        workloads: []
        placement: {hostPolicy: first-fit}
        targets: ["rackUtilisation.mean>=65%", "rejectionRate<=0.01", "pue<=1.25", "pue<=1.1", "costYuan<=5", "sites.s.pue<=1.3"]
        """;

    /**
     * Samples every 12 h from 0 to 6 d; sample i closes the interval from (i - 1) x 12 h, so day d
     * is read from samples 2d + 1 and 2d + 2. Hosts in use out of 10, by sample: day 1 (after the
     * 1-day warm-up) averages 40%, day 2 60%, day 3 70% (the first at 65% or more), day 4 55%,
     * day 5 90%. Rejections are 0 of 100 arrivals a sample until day 4, then 5 of 100.
     */
    private static RunResult run(Scenario scenario, double hostsOnDayZero) {
        double[] active = {0, 0, 0, 4, 4, 6, 6, 7, 7, 5, 6, 9, 9};
        double[] times = new double[active.length];
        Map<Scope, ScopeSeries> series = new LinkedHashMap<>();
        for (Scope scope : List.of(Scope.CLUSTER, Scope.site("s"), Scope.operator("op"), Scope.datacenter("op@s"))) {
            series.put(scope, new ScopeSeries());
        }
        for (int i = 0; i < active.length; i++) {
            times[i] = i * 43_200.0;
            for (Map.Entry<Scope, ScopeSeries> e : series.entrySet()) {
                double[] row = new double[Metric.values().length];
                row[Metric.HOSTS.ordinal()] = i <= 2 ? hostsOnDayZero : 10;
                row[Metric.ACTIVE_HOSTS.ordinal()] = active[i];
                row[Metric.IT_POWER_W.ordinal()] = 1000;
                boolean requests = e.getKey().kind() == Scope.Kind.CLUSTER || e.getKey().kind() == Scope.Kind.OPERATOR;
                row[Metric.ARRIVALS.ordinal()] = requests ? 100 : Double.NaN;
                row[Metric.REJECTIONS.ordinal()] = requests ? (i >= 9 ? 5 : 0) : Double.NaN;
                e.getValue().append(row);
            }
        }
        return new RunResult(scenario, 1, times, series, Map.of(), 0, new double[0], List.of(), Map.of(), new WaitLog(scenario));
    }

    @Test
    void firstDayEachTargetChangesState() {
        Scenario scenario = TestScenarios.parse(SCENARIO);
        List<TargetCrossing> crossings = TargetCrossings.of(run(scenario, 10));
        Map<String, String> words = new LinkedHashMap<>();
        crossings.forEach(c -> words.put(c.scope() + " " + c.target(), c.words()));
        assertEquals("met from day 3", words.get("site:s rackUtilisation.mean>=0.65"), "70% on day 3; day 4's dip does not count again");
        assertEquals("met from day 3", words.get("operator:op rackUtilisation.mean>=0.65"));
        assertEquals("missed from day 4", words.get("operator:op rejectionRate<=0.01"), "5% from day 4");
        assertEquals("met throughout", words.get("cluster pue<=1.25"), "the site's PUE is 1.2 every day");
        assertEquals("missed throughout", words.get("site:s pue<=1.1"));
        assertTrue(!words.containsKey("site:s rejectionRate<=0.01"), "a site has no requests of its own: no rejection rate");
        assertTrue(crossings.stream().noneMatch(c -> c.scope().startsWith("datacenter:")));
        TargetCrossing first = crossings.stream().filter(c -> c.scope().equals("site:s") && c.target().startsWith("rack")).findFirst().orElseThrow();
        assertEquals(new TargetCrossing("site:s", "rackUtilisation.mean>=0.65", false, 3), first);
    }

    /**
     * A day with no host in service has no utilisation, rather than 0%: with no warm-up, day 0 reads
     * samples 1 and 2, which here have no host in service, so day 1 (40%) is the first measured.
     */
    @Test
    void daysWithoutHostsInServiceAreLeftOut() {
        Scenario scenario = TestScenarios.parse(SCENARIO.replace("warmup: 1d", "warmup: 0d"));
        List<Target> atLeast30 = List.of(Target.parse("rackUtilisation>=0.3"));
        assertEquals("met throughout", TargetCrossings.of(run(scenario, 0), atLeast30).get(0).words());
        assertEquals("met from day 1", TargetCrossings.of(run(scenario, 10), atLeast30).get(0).words(),
            "with its hosts in service, day 0 is idle: 0%");
    }

    @Test
    void targetsNotFollowedDayByDayAreJudgedOverTheRunOnly() {
        List<TargetCrossing> crossings = TargetCrossings.of(run(TestScenarios.parse(SCENARIO), 10));
        assertTrue(crossings.stream().noneMatch(c -> c.target().startsWith("costYuan")), "energy cost is a total, not a daily figure");
        assertTrue(crossings.stream().noneMatch(c -> c.target().startsWith("sites.")), "a target on one site is judged over the run");
        assertEquals(4, crossings.stream().map(TargetCrossing::target).distinct().count());
    }

    /**
     * A PUE of 1.25 all day is on the bound 1.25, though the day's facility over IT energy, summed
     * over 24 hours of varying power, comes out 1.2500000000000002 in floating point.
     */
    @Test
    void aPueOnTheBoundMeetsItDespiteRounding() {
        Scenario scenario = TestScenarios.parse(SCENARIO.replace("pue: 1.2,", "pue: 1.25,")
            .replace("{duration: 6d, warmup: 1d, sampleInterval: 12h", "{duration: 1d, sampleInterval: 1h"));
        Map<Scope, ScopeSeries> series = new LinkedHashMap<>();
        double[] times = new double[25];
        double facility = 0;
        double it = 0;
        for (Scope scope : List.of(Scope.CLUSTER, Scope.site("s"), Scope.operator("op"), Scope.datacenter("op@s"))) {
            series.put(scope, new ScopeSeries());
        }
        for (int i = 0; i < times.length; i++) {
            times[i] = i * 3600.0;
            double watts = 1000 + 5 * Math.sin(i);
            if (i > 0) {
                it += watts * 3600;
                facility += watts * 3600 * 1.25;
            }
            for (ScopeSeries s : series.values()) {
                double[] row = new double[Metric.values().length];
                row[Metric.IT_POWER_W.ordinal()] = watts;
                s.append(row);
            }
        }
        assertTrue(facility / it > 1.25, "the sum this test is about rounds above the bound");
        RunResult run = new RunResult(scenario, 1, times, series, Map.of(), 0, new double[0], List.of(), Map.of(), new WaitLog(scenario));
        assertEquals("met throughout", TargetCrossings.of(run, List.of(Target.parse("pue<=1.25"))).get(0).words());
    }
}
