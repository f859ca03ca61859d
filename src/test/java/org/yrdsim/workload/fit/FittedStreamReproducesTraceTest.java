package org.yrdsim.workload.fit;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yrdsim.engine.Workloads;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.YamlDocument;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;
import org.yrdsim.workload.trace.TraceReaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stream fitted to the real Alibaba 2017 batch_task table and written as a fragment, read back
 * through a scenario and generated, reproduces the trace's hourly arrival counts and its lifetime
 * distribution. Skipped where {@code ../shared/traces} is absent.
 */
class FittedStreamReproducesTraceTest {
    private static final Path TRACE = Path.of("..", "shared", "traces", "alibaba-v2017", "batch_task.csv.gz");
    private static final Path TRACE_TINY = Path.of("src/test/resources/scenarios/trace-tiny.yaml");
    private static final TraceOptions OPTIONS = TraceOptions.of("trace", TraceMapping.of("ali", "hangzhou", 1, 262_144));
    /** Two-sample Kolmogorov-Smirnov critical value factor at a 0.001 significance level. */
    private static final double KS_FACTOR_0_001 = 1.95;

    @Test
    void fittedAlibaba2017StreamReproducesHourlyArrivalsAndLifetimes() throws IOException {
        Assumptions.assumeTrue(Files.exists(TRACE), TRACE + " absent: skipping the fitted-stream check on the real trace");
        WorkloadFit fit;
        try (RequestSource trace = TraceReaders.open(TraceFormat.ALIBABA_2017_BATCH_TASK, TRACE, OPTIONS)) {
            fit = WorkloadFitter.fit(trace, 8, 1);
        }
        Sample traced;
        try (RequestSource trace = TraceReaders.open(TraceFormat.ALIBABA_2017_BATCH_TASK, TRACE, OPTIONS)) {
            traced = Sample.of(trace, 2);
        }
        // the trace's arrivals run from 0 to the last one; the synthetic stream runs as long
        String fragment = StreamFragment.yaml(fit, new StreamFragment.Naming("fitted", "ali", "hangzhou", "the test", "second 0 taken as midnight"));
        String text = Files.readString(TRACE_TINY)
            .replace("duration: 1h", "duration: %.0fs".formatted(Math.ceil(fit.observedSeconds())))
            .replace("workloads: []\n", fragment)
            .replaceAll("(?s)traces:.*?placement:", "placement:");
        Scenario scenario = ScenarioReader.read(YamlDocument.parse(TRACE_TINY.toString(), text));
        Sample synthetic;
        try (RequestSource generated = Workloads.open(scenario, 7)) {
            synthetic = Sample.of(generated, 3);
        }

        // Hourly counts: each synthetic hour is Poisson with mean the trace's count in that hour
        // (the fitted rate times the hour's factor is the trace's rate, up to the fragment's six
        // significant digits). Five standard deviations, sqrt(count), plus 1e-5 of the count for
        // the rounding: over 17 hours a false alarm has a chance of about 1e-5.
        for (int h = 0; h < 24; h++) {
            long expected = traced.perHour[h];
            double tolerance = 5 * Math.sqrt(expected) + 1e-5 * expected;
            assertTrue(Math.abs(synthetic.perHour[h] - expected) <= tolerance,
                "hour %d: %d synthetic arrivals, %d in the trace (tolerance %.0f)".formatted(h, synthetic.perHour[h], expected, tolerance));
        }

        // Lifetimes: by the triangle inequality the distance between the synthetic and traced samples
        // is at most the fit's own Kolmogorov-Smirnov distance (what the fragment reports) plus the
        // sampling distance of each sample from its parent, each below 1.95 / sqrt(size) at the
        // 0.001 level.
        double distance = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(synthetic.lifetimes, traced.lifetimes);
        double tolerance = fit.lifetime().ksStatistic()
            + KS_FACTOR_0_001 * (1 / Math.sqrt(synthetic.lifetimes.length) + 1 / Math.sqrt(traced.lifetimes.length));
        System.out.printf("Alibaba 2017 fitted stream: lifetime KS distance to the trace %.4f (tolerance %.4f; fit's own %.4f)%n",
            distance, tolerance, fit.lifetime().ksStatistic());
        assertTrue(distance <= tolerance, "lifetime KS distance %.4f above %.4f".formatted(distance, tolerance));
    }

    /** Arrivals counted per hour of the run and a uniform sample of finite lifetimes, in one pass. */
    private record Sample(long[] perHour, double[] lifetimes) {
        static Sample of(Iterator<VmRequest> requests, long seed) {
            long[] perHour = new long[24];
            Reservoir lifetimes = new Reservoir(WorkloadFitter.SAMPLE_SIZE, seed);
            while (requests.hasNext()) {
                VmRequest r = requests.next();
                perHour[(int) (r.arrival() / 3600) % 24]++;
                if (Double.isFinite(r.lifetime())) {
                    lifetimes.add(r.lifetime());
                }
            }
            return new Sample(perHour, lifetimes.sorted());
        }
    }
}
