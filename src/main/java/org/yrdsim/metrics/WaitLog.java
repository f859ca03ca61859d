package org.yrdsim.metrics;

import org.yrdsim.scenario.Operator;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.trace.OwnerPlacement;
import org.yrdsim.workload.VmRequest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The waits of the requests of queueing streams, by stream and operator: each wait (s) and
 * slowdown ((wait + lifetime) / lifetime) of a request that started after the warm-up, wait 0
 * included, and counts of those that gave up after the warm-up and of those still waiting at the end.
 */
public final class WaitLog {
    /** One stream's requests of one operator. */
    static final class Waits {
        private double[] waits = new double[64];
        private double[] slowdowns = new double[64];
        private int count;
        private long abandoned;
        private long stillWaiting;

        private void add(double wait, double slowdown) {
            if (count == waits.length) {
                waits = Arrays.copyOf(waits, count * 2);
                slowdowns = Arrays.copyOf(slowdowns, count * 2);
            }
            waits[count] = wait;
            slowdowns[count++] = slowdown;
        }

        double[] waits() {
            return Arrays.copyOf(waits, count);
        }

        double[] slowdowns() {
            return Arrays.copyOf(slowdowns, count);
        }

        long abandoned() {
            return abandoned;
        }

        long stillWaiting() {
            return stillWaiting;
        }
    }

    private final double warmup;
    private final List<String> operators;
    /** By stream in file order, then by operator. */
    private final Map<String, Map<String, Waits>> streams = new LinkedHashMap<>();

    /** A log with a place for every stream that queues, and none for the others. */
    public WaitLog(Scenario scenario) {
        this.warmup = scenario.simulation().warmup();
        scenario.queues().keySet().forEach(stream -> streams.put(stream, new LinkedHashMap<>()));
        this.operators = operatorsThatQueue(scenario);
    }

    /** Whether any stream of the scenario queues (else there is nothing to report). */
    public boolean any() {
        return !streams.isEmpty();
    }

    void started(VmRequest request, double wait, double time) {
        if (time >= warmup) {
            double slowdown = Double.isInfinite(request.lifetime()) ? 1 : (wait + request.lifetime()) / request.lifetime();
            of(request).add(wait, slowdown);
        }
    }

    void abandoned(VmRequest request, double time) {
        if (time >= warmup) {
            of(request).abandoned++;
        }
    }

    void stillWaiting(VmRequest request) {
        of(request).stillWaiting++;
    }

    private Waits of(VmRequest request) {
        return streams.get(request.stream()).computeIfAbsent(request.operator(), o -> new Waits());
    }

    List<String> streams() {
        return List.copyOf(streams.keySet());
    }

    /** Operators whose requests may queue, in scenario order: those of queueing streams and of their trace owners. */
    public List<String> operators() {
        return operators;
    }

    /** The waits of one stream (null: any) and one operator (null: any). */
    List<Waits> select(String stream, String operator) {
        return streams.entrySet().stream().filter(e -> stream == null || e.getKey().equals(stream))
            .flatMap(e -> e.getValue().entrySet().stream())
            .filter(e -> operator == null || e.getKey().equals(operator))
            .map(Map.Entry::getValue).toList();
    }

    private static List<String> operatorsThatQueue(Scenario scenario) {
        Set<String> queueing = new LinkedHashSet<>();
        scenario.workloads().stream().filter(w -> w.queue().isPresent()).forEach(w -> queueing.add(w.operator()));
        scenario.traces().stream().filter(t -> t.queue().isPresent()).forEach(t -> {
            queueing.add(t.options().mapping().defaultOperator());
            t.options().mapping().owners().values().stream().map(OwnerPlacement::operator).forEach(queueing::add);
        });
        return scenario.operators().stream().map(Operator::name).filter(queueing::contains).toList();
    }
}
