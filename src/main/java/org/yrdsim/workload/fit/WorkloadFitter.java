package org.yrdsim.workload.fit;

import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Measures a stream of VM requests (a trace reader's, typically) into a {@link WorkloadFit}, in one
 * pass and bounded memory: counts per hour of day and per flavour, and uniform samples of at most
 * 100,000 lifetimes and busy shares. The caller owns and closes the source.
 */
public final class WorkloadFitter {
    static final int SAMPLE_SIZE = 100_000;
    private static final double HOUR = 3600;
    private static final double DAY = 24 * HOUR;

    private WorkloadFitter() {
    }

    /**
     * @param maxFlavours flavours listed by name; the rest are summed into the other share
     * @param seed        seed of the lifetime and usage samples
     */
    public static WorkloadFit fit(Iterator<VmRequest> requests, int maxFlavours, long seed) {
        long[] perHour = new long[24];
        Map<Size, long[]> perFlavour = new HashMap<>();
        var lifetimes = new Reservoir(SAMPLE_SIZE, seed);
        var usage = new Reservoir(SAMPLE_SIZE, seed + 1);
        long count = 0;
        long infinite = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        while (requests.hasNext()) {
            VmRequest r = requests.next();
            count++;
            if (Double.isNaN(first)) {
                first = r.arrival();
            }
            last = r.arrival();
            perHour[(int) ((r.arrival() % DAY) / HOUR)]++;
            perFlavour.computeIfAbsent(new Size(r.milliCores(), r.memoryMib()), k -> new long[1])[0]++;
            if (Double.isInfinite(r.lifetime())) {
                infinite++;
            } else {
                lifetimes.add(r.lifetime());
            }
            usage.add(r.cpuUsage().at(r.arrival()));
        }
        if (count < 2 || !(last > first)) {
            throw new IllegalArgumentException("need at least two requests at different times to fit, found " + count);
        }
        List<WorkloadFit.FlavourShare> flavours = topFlavours(perFlavour, count, maxFlavours);
        double listed = flavours.stream().mapToDouble(WorkloadFit.FlavourShare::share).sum();
        return new WorkloadFit(count, last - first, hourlyRates(perHour, first, last), flavours, Math.max(0, 1 - listed),
            LifetimeFitter.fit(lifetimes.sorted()), (double) infinite / count, deciles(usage.sorted()));
    }

    /** Arrivals in each hour of the day divided by the hours of that kind within [first, last]. */
    private static List<Double> hourlyRates(long[] perHour, double first, double last) {
        var rates = new ArrayList<Double>(24);
        for (int h = 0; h < 24; h++) {
            double observedHours = overlapWithHourOfDay(first, last, h) / HOUR;
            rates.add(observedHours > 0 ? perHour[h] / observedHours : 0.0);
        }
        return rates;
    }

    private static double overlapWithHourOfDay(double from, double to, int hour) {
        double total = 0;
        for (double day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
            double start = day + hour * HOUR;
            total += Math.max(0, Math.min(to, start + HOUR) - Math.max(from, start));
        }
        return total;
    }

    /** A request's size, the key flavours are counted by. */
    private record Size(int milliCores, long memoryMib) {
    }

    /** Commonest first; equally common sizes smaller CPU first, then smaller memory. */
    private static List<WorkloadFit.FlavourShare> topFlavours(Map<Size, long[]> perFlavour, long count, int max) {
        return perFlavour.entrySet().stream()
            .sorted(Comparator.comparingLong((Map.Entry<Size, long[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> e.getKey().milliCores()).thenComparingLong(e -> e.getKey().memoryMib()))
            .limit(max)
            .map(e -> new WorkloadFit.FlavourShare(e.getKey().milliCores(), e.getKey().memoryMib(), (double) e.getValue()[0] / count))
            .toList();
    }

    private static List<Double> deciles(double[] sorted) {
        var deciles = new ArrayList<Double>(11);
        for (int d = 0; d <= 10; d++) {
            deciles.add(sorted[(int) Math.round(d / 10.0 * (sorted.length - 1))]);
        }
        return deciles;
    }
}
