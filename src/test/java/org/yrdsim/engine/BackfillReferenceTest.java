package org.yrdsim.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.WaitFigures;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's queue, which walks the line only where room grew and skips sizes it has seen fail,
 * against a plain EASY backfilling written here that tries every waiting request whenever VMs
 * leave and works the promise out afresh for each: on random requests for one host of 16 cores
 * and 64 GiB (sizes and times in whole minutes, so that ends and arrivals often fall together),
 * every wait must come out the same.
 */
class BackfillReferenceTest {
    private static final int HOST_MILLI = 16_000;
    private static final long HOST_MIB = 64 * 1024;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void waitsEqualThoseOfAPlainEasyBackfilling(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<VmRequest> requests = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < 300; i++) {
            t += Math.rint(-Math.log(1 - random.nextDouble()) * 12) * 60;
            double lifetime = (1 + Math.rint(-Math.log(1 - random.nextDouble()) * 90)) * 60;
            int milli = 1000 * (1 + random.nextInt(random.nextInt(4) == 0 ? 16 : 4));
            long mib = 1024L * (1 + random.nextInt(random.nextInt(4) == 0 ? 64 : 8));
            requests.add(new VmRequest(i, t, lifetime, milli, mib, "op", "c", "batch", UsageProfile.constant(0.5)));
        }
        double[] expected = reference(requests);
        WaitFigures waits = Summary.of(SimulationRun.run(TestScenarios.parse("""
            name: reference
            simulation: {duration: 2000h, sampleInterval: 10h, seed: 1}
            cities: [{name: c, latitude: 31, longitude: 121}]
            sites: [{name: s, latitude: 31, longitude: 121, pue: 1.1, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}]
            hostTypes:
              - {name: h, cores: 16, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
            operators: [{name: op, datacenters: [{site: s, hosts: {h: 1}}]}]
            workloads:
              - {name: batch, operator: op, origin: c, arrivals: {rate: 0/h}, flavours: [{cores: 1, memory: 1 GiB, weight: 1}],
                 lifetime: {distribution: constant, value: 1h}, cpuUsage: {distribution: constant, value: 0.5},
                 admission: {queue: easy-backfill}}
            placement: {hostPolicy: first-fit}
            """), 1, () -> new HostPolicyRunTest.ListSource(requests)), List.of()).queue().cluster();
        double sum = 0;
        double max = 0;
        long waited = 0;
        for (double wait : expected) {
            sum += wait;
            max = Math.max(max, wait);
            waited += wait > 0 ? 1 : 0;
        }
        assertTrue(waited > 50, "too few waits to test anything: " + waited);
        assertEquals(requests.size(), waits.started());
        assertEquals(waited, waits.waited());
        assertEquals(max, waits.maxWaitS());
        assertEquals(sum / expected.length, waits.meanWaitS(), 1e-9 * sum);
    }

    /** Each request's wait under EASY backfilling on one host, by brute force. */
    private static double[] reference(List<VmRequest> requests) {
        double[] waits = new double[requests.size()];
        List<double[]> running = new ArrayList<>(); // {end, milli, mib}
        List<VmRequest> line = new ArrayList<>();
        TreeSet<Double> ends = new TreeSet<>();
        int next = 0;
        while (next < requests.size() || !ends.isEmpty()) {
            double now = next < requests.size() ? requests.get(next).arrival() : Double.POSITIVE_INFINITY;
            if (!ends.isEmpty() && ends.first() <= now) {
                // VMs leave before requests arriving at the same instant; then the line is tried
                now = ends.pollFirst();
                double leaving = now;
                running.removeIf(vm -> vm[0] <= leaving);
                while (!line.isEmpty() && fits(running, line.get(0))) {
                    start(line.remove(0), now, running, ends, waits);
                }
                for (int i = 1; i < line.size(); i++) {
                    if (mayBackfill(line.get(i), line.get(0), now, running)) {
                        start(line.remove(i--), now, running, ends, waits);
                    }
                }
                continue;
            }
            VmRequest r = requests.get(next++);
            boolean starts = line.isEmpty() ? fits(running, r) : mayBackfill(r, line.get(0), now, running);
            if (starts) {
                start(r, now, running, ends, waits);
            } else {
                line.add(r);
            }
        }
        return waits;
    }

    /** Whether r fits now and cannot delay the head: it ends by the head's promised time, or leaves it the room it needs then. */
    private static boolean mayBackfill(VmRequest r, VmRequest head, double now, List<double[]> running) {
        if (!fits(running, r)) {
            return false;
        }
        List<double[]> byEnd = new ArrayList<>(running);
        byEnd.sort(Comparator.comparingDouble(vm -> vm[0]));
        long milli = HOST_MILLI - running.stream().mapToLong(vm -> (long) vm[1]).sum();
        long mib = HOST_MIB - running.stream().mapToLong(vm -> (long) vm[2]).sum();
        double promised = Double.POSITIVE_INFINITY;
        for (double[] vm : byEnd) {
            if (vm[0] > promised) {
                break;
            }
            milli += (long) vm[1];
            mib += (long) vm[2];
            if (milli >= head.milliCores() && mib >= head.memoryMib()) {
                promised = vm[0];
            }
        }
        if (now + r.lifetime() <= promised) {
            return true;
        }
        return r.milliCores() <= milli - head.milliCores() && r.memoryMib() <= mib - head.memoryMib();
    }

    private static boolean fits(List<double[]> running, VmRequest r) {
        long milli = running.stream().mapToLong(vm -> (long) vm[1]).sum();
        long mib = running.stream().mapToLong(vm -> (long) vm[2]).sum();
        return milli + r.milliCores() <= HOST_MILLI && mib + r.memoryMib() <= HOST_MIB;
    }

    private static void start(VmRequest r, double now, List<double[]> running, TreeSet<Double> ends, double[] waits) {
        running.add(new double[]{now + r.lifetime(), r.milliCores(), r.memoryMib()});
        ends.add(now + r.lifetime());
        waits[(int) r.id()] = now - r.arrival();
    }
}
