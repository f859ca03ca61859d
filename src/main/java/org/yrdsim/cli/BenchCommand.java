package org.yrdsim.cli;

import org.cloudsimplus.core.CloudSimPlus;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times whole simulations of a scenario in one JVM: a few unmeasured runs to warm the JIT, then
 * measured ones; prints each wall time and request rate, their median, the peak heap in use, and
 * what the simulation holds per host and per live VM. Nothing is written. It times one simulation
 * per run: {@code run} adds a second, without the sharing agreements, when the scenario has any.
 */
@Command(name = "bench", description = "Measures how long a scenario takes to simulate and the memory it holds (nothing is written).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Scenario file.")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup-runs", defaultValue = "1", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmupRuns;

    /** What the last measured run held at its end, weighed after full garbage collections. */
    private record Footprint(long clusterBytes, long hosts, long endBytes, long liveVms) {
        long bytesPerHost() {
            return hosts == 0 ? 0 : clusterBytes / hosts;
        }

        long bytesPerLiveVm() {
            return liveVms == 0 ? 0 : Math.max(0, endBytes - clusterBytes) / liveVms;
        }
    }

    @Override
    public Integer call() {
        ScenarioOptions.atLeast("--runs", runs, 1);
        ScenarioOptions.atLeast("--warmup-runs", warmupRuns, 0);
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = options.read(scenarioFile);
        out.printf("bench %s at scale %s: max heap %d MiB, %d processors%n", scenario.name(), scenario.simulation().scale(),
            Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        out.flush();
        for (int i = 0; i < warmupRuns; i++) {
            out.printf("warm-up run %d: %.2f s%n", i + 1, timedRun(scenario, null, "warm-up run " + (i + 1)).seconds());
            out.flush();
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] seconds = new double[runs];
        Footprint footprint = null;
        for (int i = 0; i < runs; i++) {
            boolean last = i == runs - 1;
            long[] weighed = last ? weighEmptyCluster(scenario) : null;
            long[] atEnd = new long[2];
            TimedRun run = timedRun(scenario, last ? atEnd : null, "run " + (i + 1));
            seconds[i] = run.seconds();
            ScopeFigures cluster = Summary.of(run.result(), List.of()).cluster();
            out.printf("run %d: %.2f s; %,d arrivals after the warm-up (%,.0f a second of the whole run), %s placed, "
                    + "%s rejected, peak %s VMs at once%n", i + 1, run.seconds(), cluster.arrivals(), run.allArrivals() / run.seconds(),
                cluster.placements(), cluster.rejections(), cluster.peakConcurrentVms());
            out.flush();
            if (last) {
                footprint = new Footprint(weighed[0], weighed[1], atEnd[0], atEnd[1]);
            }
        }
        Arrays.sort(seconds);
        out.printf("median %.2f s, min %.2f s, max %.2f s over %d runs; peak heap in use %d MiB%n",
            seconds[runs / 2], seconds[0], seconds[runs - 1], runs, peakHeapMib());
        out.printf("held at the end of the last run: %,d hosts at %,d bytes each; %,d live VMs at %,d bytes each "
                + "(all the run holds beyond its hosts, over its live VMs)%n",
            footprint.hosts(), footprint.bytesPerHost(), footprint.liveVms(), footprint.bytesPerLiveVm());
        out.flush();
        return 0;
    }

    private record TimedRun(RunResult result, double seconds, long allArrivals) {
    }

    /**
     * One simulation and its wall time, without the time spent weighing the heap at its end.
     *
     * @param atEnd when not null, receives the heap the run holds at its end (above what was in
     *              use before it) and its live VMs
     * @param label names the run on the progress line shown on a terminal
     */
    private TimedRun timedRun(Scenario scenario, long[] atEnd, String label) {
        long before = atEnd == null ? 0 : liveHeapBytes();
        long[] weighing = new long[1];
        long seed = scenario.simulation().seed();
        ProgressLine line = Terminal.attached()
            ? new ProgressLine(spec.commandLine().getErr(), label, 1, scenario.simulation().duration()) : null;
        long start = System.nanoTime();
        RunResult result = SimulationRun.simulate(scenario, seed,
            new ObservedRequests(scenario, seed, line == null ? RunProgress.NONE : line.run(0), scenario.simulation().duration()),
            datacenters -> {
                if (atEnd != null) {
                    long weighStart = System.nanoTime();
                    atEnd[0] = liveHeapBytes() - before;
                    atEnd[1] = datacenters.stream().mapToLong(dc -> dc.table().vms()).sum();
                    weighing[0] = System.nanoTime() - weighStart;
                }
            });
        double seconds = (System.nanoTime() - start - weighing[0]) / 1e9;
        if (line != null) {
            line.close();
        }
        return new TimedRun(result, seconds, result.totalArrivals());
    }

    /** The heap an empty cluster of the scenario holds, and its number of hosts. */
    private static long[] weighEmptyCluster(Scenario scenario) {
        long before = liveHeapBytes();
        List<ClusterDatacenter> cluster = SimulationRun.buildCluster(scenario, new CloudSimPlus());
        long bytes = liveHeapBytes() - before;
        long hosts = cluster.stream().mapToLong(dc -> dc.table().size()).sum();
        Reference.reachabilityFence(cluster);
        return new long[]{bytes, hosts};
    }

    private static long liveHeapBytes() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeapMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
