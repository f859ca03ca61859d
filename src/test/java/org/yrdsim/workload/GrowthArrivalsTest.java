package org.yrdsim.workload;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.scenario.ArrivalSpec;
import org.yrdsim.scenario.Growth;
import org.yrdsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arrivals of a growing stream against the integral of its rate. A non-homogeneous Poisson process
 * puts a Poisson(L) number of arrivals in a window whose rate integrates to L; with L in the
 * thousands that is normal to within a fraction of a percent, so each window's count lies within
 * z sqrt(L) of L, with z chosen so that all windows together fail with probability 0.001
 * (Bonferroni). The seeds are fixed, so the test gives the same answer on every run.
 */
class GrowthArrivalsTest {
    private static final double DAY = 86_400;
    private static final int WINDOWS = 12;

    private static Scenario stream(String growth) {
        return TestScenarios.parse("""
            name: growing
            simulation: {duration: 730d, sampleInterval: 1d, seed: 11}
            cities: [{name: c, latitude: 31, longitude: 121}]
            sites:
              - {name: s, latitude: 31, longitude: 121, pue: 1.0, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}
            hostTypes:
              - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 32 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 1 W, peak: 2 W}}
            operators: [{name: op, datacenters: [{site: s, hosts: {h: 1}}]}]
            workloads:
              - name: w
                operator: op
                origin: c
                arrivals: {rate: 2/h, diurnal: {peakHour: 14, peakToTrough: 1.7}, growth: GROWTH}
                flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
                lifetime: {distribution: exponential, mean: 1h}
                cpuUsage: {distribution: constant, value: 0.5}
            placement: {hostPolicy: first-fit}
            """.replace("GROWTH", growth));
    }

    /** The rate's integral over [from, to] by Simpson's rule on 10-minute steps (the rate is smooth within each). */
    private static double integral(ArrivalSpec arrivals, double from, double to) {
        int steps = (int) Math.round((to - from) / 600);
        double h = (to - from) / steps;
        double sum = arrivals.rateAt(from) + arrivals.rateAt(to);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * arrivals.rateAt(from + i * h);
        }
        return sum * h / 3;
    }

    private static void countsFollowTheRate(Scenario scenario) {
        double duration = scenario.simulation().duration();
        long[] counts = new long[WINDOWS];
        try (SyntheticStream requests = new SyntheticStream(scenario.workloads().get(0), scenario.simulation().seed(), 1, duration, UsagePool.NONE)) {
            while (requests.hasNext()) {
                counts[(int) (requests.next().arrival() / (duration / WINDOWS))]++;
            }
        }
        double z = new NormalDistribution().inverseCumulativeProbability(1 - 0.001 / (2 * WINDOWS));
        ArrivalSpec arrivals = scenario.workloads().get(0).arrivals();
        for (int w = 0; w < WINDOWS; w++) {
            double expected = integral(arrivals, w * duration / WINDOWS, (w + 1) * duration / WINDOWS);
            int window = w;
            assertTrue(Math.abs(counts[w] - expected) <= z * Math.sqrt(expected),
                () -> "window %d: %d arrivals, rate integral %.1f (z = %.2f)".formatted(window, counts[window], expected, z));
        }
    }

    @Test
    void compoundGrowthArrivalsFollowTheGrowingRate() {
        Scenario scenario = stream("60 %/year");
        countsFollowTheRate(scenario);
        // the rate a year on is 1.6 times, two years on 2.56 times, the same hour's
        ArrivalSpec arrivals = scenario.workloads().get(0).arrivals();
        assertEquals(1.6 * arrivals.rateAt(5 * 3600), arrivals.rateAt(365 * DAY + 5 * 3600), 1e-12);
        assertEquals(2.56 * arrivals.rateAt(5 * 3600), arrivals.rateAt(730 * DAY + 5 * 3600), 1e-12);
    }

    @Test
    void datedLevelsArrivalsFollowTheGrowingRate() {
        Scenario scenario = stream("[{at: 0d, factor: 1}, {at: 365d, factor: 1.6}, {at: 500d, factor: 1.6}, {at: 700d, factor: 3}]");
        countsFollowTheRate(scenario);
        Growth growth = scenario.workloads().get(0).arrivals().growth();
        assertEquals(1.3, growth.factorAt(182.5 * DAY), 1e-12, "halfway between two levels");
        assertEquals(1.6, growth.factorAt(450 * DAY), 1e-12);
        assertEquals(3, growth.factorAt(720 * DAY), 1e-12, "the last level holds after its date");
    }

    /** The closed-form integrals the resource estimate uses agree with the rule above. */
    @Test
    void growthIntegralsAreExact() {
        for (String g : new String[]{"60 %/year", "-20 %/year", "[{at: 10d, factor: 2}, {at: 400d, factor: 0.5}]"}) {
            Growth growth = stream(g).workloads().get(0).arrivals().growth();
            double end = 730 * DAY;
            int steps = 73_000;
            double simpson = growth.factorAt(0) + growth.factorAt(end);
            for (int i = 1; i < steps; i++) {
                simpson += (i % 2 == 1 ? 4 : 2) * growth.factorAt(i * end / steps);
            }
            simpson *= end / steps / 3;
            assertEquals(simpson, growth.integral(end), 1e-6 * end, g);
        }
    }

    /** Growth draws nothing of its own: a stream's arrivals are reproducible with the same seed. */
    @Test
    void sameSeedSameArrivals() {
        Scenario scenario = stream("25 %/year");
        try (SyntheticStream a = new SyntheticStream(scenario.workloads().get(0), 5, 1, 30 * DAY, UsagePool.NONE);
             SyntheticStream b = new SyntheticStream(scenario.workloads().get(0), 5, 1, 30 * DAY, UsagePool.NONE)) {
            while (a.hasNext()) {
                assertEquals(a.next().arrival(), b.next().arrival());
            }
            assertTrue(!b.hasNext());
        }
    }
}
