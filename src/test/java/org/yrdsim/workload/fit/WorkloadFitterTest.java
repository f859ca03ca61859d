package org.yrdsim.workload.fit;

import org.junit.jupiter.api.Test;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadFitterTest {
    @Test
    void arrivalRatesAreCountsPerObservedHourOfTheDay() {
        var requests = new ArrayList<VmRequest>();
        // two whole days: 10 arrivals in hour 3 of each day, 1 in hour 0 to open the span, 1 at its end
        add(requests, 0, 60, 1000, 1024, 0.5);
        for (int day = 0; day < 2; day++) {
            for (int i = 0; i < 10; i++) {
                add(requests, day * 86_400 + 3 * 3600 + i * 60, 60, 1000, 1024, 0.5);
            }
        }
        add(requests, 2 * 86_400, 60, 1000, 1024, 0.5);

        WorkloadFit fit = WorkloadFitter.fit(requests.iterator(), 5, 1);

        assertEquals(22, fit.requests());
        assertEquals(2 * 86_400, fit.observedSeconds());
        assertEquals(10.0, fit.hourlyArrivalRates().get(3), 1e-9);
        assertEquals(1.0, fit.hourlyArrivalRates().get(0), 1e-9);   // 2 arrivals over two observed hour-0s
        assertEquals(0.0, fit.hourlyArrivalRates().get(12), 1e-9);
    }

    @Test
    void flavourMixListsTheCommonestSizesAndSumsTheRest() {
        var requests = new ArrayList<VmRequest>();
        for (int i = 0; i < 100; i++) {
            int milliCores = i < 60 ? 500 : i < 90 ? 4000 : 8000 + i;     // 60 x 0.5 core, 30 x 4, 10 distinct others
            add(requests, i, 60, milliCores, 2048, 0.5);
        }

        WorkloadFit fit = WorkloadFitter.fit(requests.iterator(), 2, 1);

        assertEquals(List.of(new WorkloadFit.FlavourShare(500, 2048, 0.6), new WorkloadFit.FlavourShare(4000, 2048, 0.3)),
            fit.flavours());
        assertEquals(0.1, fit.otherFlavourShare(), 1e-9);
    }

    @Test
    void exponentialLifetimesAreFittedAsExponentialWithTheirMean() {
        var random = new Random(5);
        var requests = new ArrayList<VmRequest>();
        for (int i = 0; i < 20_000; i++) {
            add(requests, i, -600 * Math.log(1 - random.nextDouble()), 1000, 1024, 0.5);
        }

        WorkloadFit.LifetimeFit fit = WorkloadFitter.fit(requests.iterator(), 5, 1).lifetime();

        assertEquals("exponential", fit.distribution());
        assertEquals(600, fit.parameters().get(0), 600 * 0.03);
        assertTrue(fit.ksStatistic() < 0.02, "KS distance " + fit.ksStatistic());
    }

    @Test
    void lognormalLifetimesAreFittedAsLognormal() {
        var random = new Random(6);
        var requests = new ArrayList<VmRequest>();
        for (int i = 0; i < 20_000; i++) {
            add(requests, i, Math.exp(5 + 1.5 * random.nextGaussian()), 1000, 1024, 0.5);
        }
        add(requests, 20_000, Double.POSITIVE_INFINITY, 1000, 1024, 0.5);

        WorkloadFit fit = WorkloadFitter.fit(requests.iterator(), 5, 1);

        assertEquals("lognormal", fit.lifetime().distribution());
        assertEquals(5, fit.lifetime().parameters().get(0), 0.05);
        assertEquals(1.5, fit.lifetime().parameters().get(1), 0.05);
        assertEquals(1.0 / 20_001, fit.infiniteLifetimeShare(), 1e-12);
    }

    @Test
    void cpuUsageDecilesComeFromEachRequestsProfile() {
        var requests = new ArrayList<VmRequest>();
        for (int i = 0; i <= 100; i++) {
            add(requests, i, 60, 1000, 1024, i / 100.0);
        }

        List<Double> deciles = WorkloadFitter.fit(requests.iterator(), 5, 1).cpuUsageDeciles();

        assertEquals(11, deciles.size());
        for (int d = 0; d <= 10; d++) {
            assertEquals(d / 10.0, deciles.get(d), 1e-12);
        }
    }

    @Test
    void tooFewRequestsAreAClearError() {
        var one = new ArrayList<VmRequest>();
        add(one, 0, 60, 1000, 1024, 0.5);
        assertThrows(IllegalArgumentException.class, () -> WorkloadFitter.fit(one.iterator(), 5, 1));
    }

    private static void add(List<VmRequest> requests, double arrival, double lifetime, int milliCores, long mib, double busy) {
        requests.add(new VmRequest(requests.size(), arrival, lifetime, milliCores, mib, "op", "city", "s",
            UsageProfile.constant(busy)));
    }
}
