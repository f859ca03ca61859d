package org.yrdsim.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Refuses a scenario one run of which cannot fit in the heap or would run for days, at the key
 * that drives the need (the largest host count, the busiest stream's rate, the sample interval),
 * with the estimate, so that {@code validate} says it and {@code run} never starts it.
 */
public final class ResourceCheck {
    private ResourceCheck() {
    }

    static void require(Scenario scenario, ScenarioNode root, ResourceEstimate.Limits limits) {
        ResourceEstimate estimate = ResourceEstimate.of(scenario);
        double heap = estimate.heapBytes(1, 1);
        if (heap > limits.heapBytes()) {
            ResourceEstimate.Driver driver = estimate.heapDriver();
            throw at(scenario, root, driver, "one run would need about %s of heap (%s), more than the %s Java may use here; %s, or give Java more (JAVA_OPTS=-Xmx16g)"
                .formatted(bytes(heap), estimate, bytes(limits.heapBytes()), remedy(driver)));
        }
        double seconds = estimate.seconds(1, 1);
        if (seconds > limits.seconds()) {
            ResourceEstimate.Driver driver = estimate.timeDriver();
            throw at(scenario, root, driver, "one run would take about %s (%s), more than %s; %s"
                .formatted(duration(seconds), estimate, duration(limits.seconds()), remedy(driver)));
        }
    }

    /**
     * The refusal of {@code runs} runs of a scenario whose one run fits, when together, {@code
     * parallel} at a time, they would not; empty when they would.
     *
     * @param kept how many runs' sampled series are held together (the replications of one point of a study)
     */
    public static Optional<String> problemOfRuns(Scenario scenario, int runs, int kept, int parallel, ResourceEstimate.Limits limits) {
        ResourceEstimate estimate = ResourceEstimate.of(scenario);
        double heap = estimate.heapBytes(kept, parallel);
        if (heap > limits.heapBytes()) {
            return Optional.of("%d runs would need about %s of heap, %d at a time, more than the %s Java may use here; use fewer"
                .formatted(runs, bytes(heap), Math.min(runs, parallel), bytes(limits.heapBytes())));
        }
        double seconds = estimate.seconds(runs, parallel);
        if (seconds > limits.seconds()) {
            return Optional.of("%d runs would take about %s on %d threads (one run: %s), more than %s; use fewer"
                .formatted(runs, duration(seconds), parallel, duration(estimate.seconds(1, 1)), duration(limits.seconds())));
        }
        return Optional.empty();
    }

    /** An error at the key that drives the need. */
    private static ScenarioException at(Scenario scenario, ScenarioNode root, ResourceEstimate.Driver driver, String problem) {
        int stream = busiestStream(scenario, driver);
        if (driver == ResourceEstimate.Driver.SAMPLES) {
            return root.mapping("simulation").error("sampleInterval", problem);
        }
        if (stream >= 0) {
            return root.list("workloads").get(stream).mapping("arrivals").error("rate", problem);
        }
        return largestHostCount(scenario, root, problem);
    }

    /** The stream that brings the most arrivals or keeps the most VMs alive, or -1 when the need is the hosts'. */
    private static int busiestStream(Scenario scenario, ResourceEstimate.Driver driver) {
        List<WorkloadSpec> streams = scenario.workloads();
        if (streams.isEmpty() || driver == ResourceEstimate.Driver.HOSTS || driver == ResourceEstimate.Driver.LIVE_VMS && !scenario.traces().isEmpty()) {
            return -1;
        }
        double duration = scenario.simulation().duration();
        Comparator<Integer> need = Comparator.comparingDouble(i -> streams.get(i).arrivals().meanRatePerSecond()
            * (driver == ResourceEstimate.Driver.ARRIVALS ? 1 : Math.min(duration, ResourceEstimate.meanLifetime(streams.get(i).lifetime()))));
        return IntStream.range(0, streams.size()).boxed().max(need).orElseThrow();
    }

    private static ScenarioException largestHostCount(Scenario scenario, ScenarioNode root, String problem) {
        List<ScenarioNode> operators = root.list("operators");
        ScenarioNode where = null;
        String key = null;
        long most = -1;
        for (int o = 0; o < operators.size(); o++) {
            List<ScenarioNode> datacenters = operators.get(o).list("datacenters");
            for (int d = 0; d < datacenters.size(); d++) {
                ScenarioNode dc = datacenters.get(d);
                DatacenterSpec spec = scenario.operators().get(o).datacenters().get(d);
                if (dc.has("commissioning")) {
                    // hosts built in phases: the list of phases is where to cut
                    long total = spec.hosts().values().stream().mapToLong(n -> n).sum();
                    if (total > most) {
                        most = total;
                        where = dc;
                        key = "commissioning";
                    }
                    continue;
                }
                ScenarioNode hosts = dc.mapping("hosts");
                for (Map.Entry<String, Integer> count : spec.hosts().entrySet()) {
                    if (count.getValue() > most) {
                        most = count.getValue();
                        where = hosts;
                        key = hosts.has(count.getKey()) ? count.getKey() : TraceHostsReader.KEY;
                    }
                }
            }
        }
        return where == null ? root.error("operators", problem) : where.error(key, problem);
    }

    private static String remedy(ResourceEstimate.Driver driver) {
        return switch (driver) {
            case HOSTS -> "simulate fewer hosts, or a smaller simulation.scale";
            case LIVE_VMS -> "lower the rate or the lifetimes, or a smaller simulation.scale";
            case SAMPLES -> "sample less often, or simulate a shorter time";
            case ARRIVALS -> "lower the rate, shorten the duration, or a smaller simulation.scale";
        };
    }

    static String bytes(double bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int unit = 0;
        while (bytes >= 1024 && unit < units.length - 1) {
            bytes /= 1024;
            unit++;
        }
        return (bytes >= 100 || unit == 0 ? "%.0f %s" : "%.1f %s").formatted(bytes, units[unit]);
    }

    static String duration(double seconds) {
        if (seconds < 3600) {
            return "%.0f s".formatted(seconds);
        }
        return seconds < 2 * 86_400 ? "%.1f hours".formatted(seconds / 3600) : "%s days".formatted(ResourceEstimate.count(seconds / 86_400));
    }
}
