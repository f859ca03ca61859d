package org.yrdsim.cli;

import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.workload.Workloads;
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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Times whole simulations of a scenario in one JVM: a few unmeasured runs to warm the JIT, then
 * measured ones; prints each wall time, their median, and the peak heap in use. Nothing is written.
 * It times one simulation per run: {@code run} adds a second, without the sharing agreements, when
 * the scenario has any.
 */
@Command(name = "bench", description = "Measures how long a scenario takes to simulate (nothing is written).")
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

    @Override
    public Integer call() {
        ScenarioOptions.atLeast("--runs", runs, 1);
        ScenarioOptions.atLeast("--warmup-runs", warmupRuns, 0);
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = options.read(scenarioFile);
        out.printf("bench %s: max heap %d MiB, %d processors%n", scenario.name(),
            Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < warmupRuns; i++) {
            double s = timedRun(scenario, null);
            out.printf("warm-up run %d: %.2f s%n", i + 1, s);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = timedRun(scenario, out);
            out.printf("run %d: %.2f s%n", i + 1, seconds[i]);
        }
        Arrays.sort(seconds);
        out.printf("median %.2f s, min %.2f s, max %.2f s over %d runs; peak heap in use %d MiB%n",
            seconds[runs / 2], seconds[0], seconds[runs - 1], runs, peakHeapMib());
        out.flush();
        return 0;
    }

    private static double timedRun(Scenario scenario, PrintWriter details) {
        long start = System.nanoTime();
        RunResult result = SimulationRun.simulate(scenario, scenario.simulation().seed(),
            () -> Workloads.open(scenario, scenario.simulation().seed()));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (details != null) {
            Map<String, Object> summary = Summary.of(result, Map.of());
            details.printf("  %s arrivals, %s placed, %s rejected, peak %s VMs at once%n", summary.get("arrivals"),
                summary.get("placements"), summary.get("rejections"), summary.get("peakConcurrentVms"));
        }
        return seconds;
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
