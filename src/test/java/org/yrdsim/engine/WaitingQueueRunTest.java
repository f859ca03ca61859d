package org.yrdsim.engine;

import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.QueueFigures;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.WaitFigures;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The waiting queue through the whole engine, on one host of 8 cores, with timelines worked out
 * by hand. Requests (arrival h, cores, lifetime h), all of stream "batch" unless said:
 * <pre>
 *   A  0  5  10      B  1  6  4      C  2  2  20      D  3  1  30      E  4  1  2
 * </pre>
 * The queue length is sampled every hour, before the events of that hour.
 */
class WaitingQueueRunTest {
    private static final double H = 3600;

    /**
     * FIFO. A runs [0,10), 3 cores free. B (6) cannot start and holds up C, D and E, though C and
     * then D and E would fit. At 10 A leaves: B [10,14), C [10,30), 0 free; D and E wait. At 14 B
     * leaves: D [14,44), E [14,16). Waits 0, 9, 8, 11, 10 h; waiting at the hour samples: B from 2,
     * C from 3, D from 4, E from 5 (4 up to the sample at 10), then D and E (2 up to 14).
     */
    @Test
    void fifoServesInTurn() {
        RunResult run = run("{queue: fifo}", "{queue: fifo}", abcde());
        WaitFigures waits = queue(run).cluster();
        assertEquals(5, waits.started());
        assertEquals(4, waits.waited());
        assertEquals((0 + 9 + 8 + 11 + 10) * H / 5, waits.meanWaitS(), 1e-9);
        assertEquals(11 * H, waits.maxWaitS());
        assertArrayEquals(queueLengths(0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2), hourly(run, 15));
    }

    /**
     * EASY backfilling. At 1, B (6) is first in line and promised the host at 10, when A's 5
     * cores come back: 8 free then, 2 to spare. C (2 cores until 22) outlasts the promise but
     * fits in the spare: it starts at 2, leaving 0 spare and 1 core free. D (1 core until 33)
     * fits now but would take B's room at 10: it waits. E (1 core, ends at 6, before 10)
     * starts at 4. At 10 A leaves: B [10,14); D, first in line now, waits for B's cores and
     * starts at 14. Waits 0, 9, 0, 11, 0 h; waiting: B from 2, D from 4 to the sample at 14.
     */
    @Test
    void easyBackfillLetsInWhatCannotDelayTheFirstInLine() {
        RunResult run = run("{queue: easy-backfill}", "{queue: easy-backfill}", abcde());
        WaitFigures waits = queue(run).cluster();
        assertEquals(5, waits.started());
        assertEquals(2, waits.waited());
        assertEquals((9 + 11) * H / 5, waits.meanWaitS(), 1e-9);
        assertEquals(11 * H, waits.maxWaitS());
        assertArrayEquals(queueLengths(0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0), hourly(run, 16));
    }

    /**
     * FIFO with a 5 h longest wait. B gives up at 6; C (2) and D (1) then fit in A's 3 free cores
     * and start at 6, after 4 h and 3 h; E finds no room and gives up at 9. Started A, C, D.
     */
    @Test
    void aRequestGivesUpAfterItsLongestWait() {
        RunResult run = run("{queue: fifo, maxWait: 5h}", "{queue: fifo, maxWait: 5h}", abcde());
        WaitFigures waits = queue(run).cluster();
        assertEquals(3, waits.started());
        assertEquals(2, waits.abandoned());
        assertEquals(0, waits.stillWaiting());
        assertEquals((4 + 3) * H / 3, waits.meanWaitS(), 1e-9);
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        assertEquals(2, sum(cluster, Metric.ABANDONED));
        assertEquals(0, sum(cluster, Metric.REJECTIONS));
        assertArrayEquals(queueLengths(0, 0, 1, 2, 3, 4, 4, 1, 1, 1, 0), hourly(run, 11));
    }

    /**
     * Two FIFO streams on a host of 8 cores that A (low, 8 cores) fills over [0,10): L (low, 4
     * cores, 1 h) arrives at 1, H1 (high, 4 cores, 1 h) at 2, H2 (high, 6 cores, 1 h) at 3. With
     * "high" at priority 1: at 10 H1 starts, H2 does not fit and holds up L; H2 starts at 11, L
     * at 12: L waits 11 h. At equal priority the line is by arrival: L and H1 start at 10, H2 at
     * 11: L waits 9 h.
     */
    @Test
    void higherPriorityIsServedFirst() {
        List<VmRequest> requests = List.of(request(0, "low", 0, 8, 10), request(1, "low", 1, 4, 1),
            request(2, "high", 2, 4, 1), request(3, "high", 3, 6, 1));
        QueueFigures ranked = queue(run("{queue: fifo}", "{queue: fifo, priority: 1}", requests));
        assertEquals((0 + 11) * H / 2, ranked.streams().get("low").meanWaitS(), 1e-9);
        assertEquals((8 + 8) * H / 2, ranked.streams().get("high").meanWaitS(), 1e-9);
        QueueFigures even = queue(run("{queue: fifo}", "{queue: fifo}", requests));
        assertEquals((0 + 9) * H / 2, even.streams().get("low").meanWaitS(), 1e-9);
        assertEquals((8 + 8) * H / 2, even.streams().get("high").meanWaitS(), 1e-9);
    }

    /** A stream that rejects, beside one that queues, still rejects; the run ends with requests waiting. */
    @Test
    void rejectingStreamsStillRejectAndTheEndCountsThoseWaiting() {
        List<VmRequest> requests = List.of(request(0, "low", 0, 8, 100), request(1, "high", 1, 4, 1),
            request(2, "high", 2, 4, 1));
        RunResult run = run("{queue: fifo}", "reject", requests);
        assertEquals(2, sum(run.series().get(Scope.CLUSTER), Metric.REJECTIONS));
        requests = List.of(request(0, "high", 0, 8, 100), request(1, "low", 1, 4, 1), request(2, "low", 2, 4, 1));
        WaitFigures low = queue(run("{queue: fifo}", "reject", requests)).streams().get("low");
        assertEquals(2, low.stillWaiting());
        assertEquals(0, low.started());
    }

    private static List<VmRequest> abcde() {
        double[][] rows = {{0, 5, 10}, {1, 6, 4}, {2, 2, 20}, {3, 1, 30}, {4, 1, 2}};
        List<VmRequest> requests = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            requests.add(request(i, "low", rows[i][0], (int) rows[i][1], rows[i][2]));
        }
        return requests;
    }

    /**
     * A second host comes into service at 5 h. A (8 cores, 0 to 20 h) fills the first; B (8 cores,
     * from 1 h) waits until the new host comes in and starts then, after 4 h, rather than at 20 h
     * when A leaves.
     */
    @Test
    void aHostComingIntoServiceLetsTheFirstInLineStart() {
        RunResult run = run("{queue: fifo}", "{queue: fifo}",
            "commissioning: [{at: 0h, hosts: {h: 1}}, {at: 5h, hosts: {h: 1}}]",
            List.of(request(0, "low", 0, 8, 20), request(1, "low", 1, 8, 2)));
        WaitFigures waits = queue(run).cluster();
        assertEquals(2, waits.started());
        assertEquals(4 * H, waits.maxWaitS());
        assertArrayEquals(queueLengths(0, 0, 1, 1, 1, 1, 0), hourly(run, 7));
    }

    private static VmRequest request(long id, String stream, double arrivalH, int cores, double lifetimeH) {
        return new VmRequest(id, arrivalH * H, lifetimeH * H, cores * 1000, 1024, "op", "c", stream, UsageProfile.constant(0.5));
    }

    private static RunResult run(String low, String high, List<VmRequest> requests) {
        return run(low, high, "hosts: {h: 1}", requests);
    }

    private static RunResult run(String low, String high, String hosts, List<VmRequest> requests) {
        return SimulationRun.run(TestScenarios.parse("""
            name: queue
            simulation: {duration: 48h, sampleInterval: 1h, seed: 1}
            cities: [{name: c, latitude: 31, longitude: 121}]
            sites: [{name: s, latitude: 31, longitude: 121, pue: 1.1, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}]
            hostTypes:
              - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 64 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 10 W, peak: 20 W}}
            operators: [{name: op, datacenters: [{site: s, %s}]}]
            workloads:
              - {name: low, operator: op, origin: c, arrivals: {rate: 0/h}, flavours: [{cores: 1, memory: 1 GiB, weight: 1}],
                 lifetime: {distribution: constant, value: 1h}, cpuUsage: {distribution: constant, value: 0.5}, admission: %s}
              - {name: high, operator: op, origin: c, arrivals: {rate: 0/h}, flavours: [{cores: 1, memory: 1 GiB, weight: 1}],
                 lifetime: {distribution: constant, value: 1h}, cpuUsage: {distribution: constant, value: 0.5}, admission: %s}
            placement: {hostPolicy: first-fit}
            """.formatted(hosts, low, high)), 1, () -> new HostPolicyRunTest.ListSource(requests));
    }

    private static QueueFigures queue(RunResult run) {
        return Summary.of(run, List.of()).queue();
    }

    private static double[] hourly(RunResult run, int hours) {
        double[] queued = run.series().get(Scope.CLUSTER).values(Metric.QUEUED);
        double[] first = new double[hours];
        System.arraycopy(queued, 0, first, 0, hours);
        return first;
    }

    private static double[] queueLengths(double... lengths) {
        return lengths;
    }

    private static double sum(ScopeSeries series, Metric metric) {
        double total = 0;
        for (int i = 0; i < series.size(); i++) {
            total += series.get(metric, i);
        }
        return total;
    }
}
