package org.yrdsim.cli;

import org.yrdsim.report.FragmentFile;
import org.yrdsim.scenario.Units;
import org.yrdsim.scenario.trace.FormatTraits;
import org.yrdsim.scenario.trace.Parallelism;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.scenario.trace.TraceStart;
import org.yrdsim.workload.fit.StreamFragment;
import org.yrdsim.workload.fit.WorkloadFit;
import org.yrdsim.workload.fit.WorkloadFitter;
import org.yrdsim.workload.trace.SwfHeader;
import org.yrdsim.workload.trace.TraceReaders;
import org.yrdsim.workload.trace.TraceRequestSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Estimates a synthetic stream from a trace (hourly arrival rates, flavour mix, lifetime
 * distribution, CPU usage) and prints or writes it as a scenario fragment.
 */
@Command(name = "fit", description = "Fits a synthetic workload stream to a trace and writes it as a scenario fragment.")
final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "The trace file (plain, gzip or tar).")
    Path trace;

    @Option(names = "--format", required = true, paramLabel = "F", description = "Its format, as scenario files name it (e.g. alibaba-2017-batch-task).")
    String format;

    @Option(names = "--job-events", paramLabel = "P", description = "google-2011-task-events only: the job_events file, for rows without a user.")
    Path jobEvents;

    @Option(names = "--operator", defaultValue = "OPERATOR", description = "Operator the stream belongs to (default: ${DEFAULT-VALUE}, to be replaced).")
    String operator;

    @Option(names = "--origin", defaultValue = "CITY", description = "City its requests come from (default: ${DEFAULT-VALUE}, to be replaced).")
    String origin;

    @Option(names = "--name", description = "Stream name (default: the format's name followed by -fitted).")
    String name;

    @Option(names = "--reference-cores", paramLabel = "N", description = "Cores of the machine whose normalised CPU is 1 (Google 2011).")
    Double referenceCores;

    @Option(names = "--reference-memory", paramLabel = "SIZE", description = "Memory of the machine whose normalised memory is 1, e.g. '256 GiB' (Alibaba, Google).")
    String referenceMemory;

    @Option(names = "--parallelism", defaultValue = "all-at-once", description = "Batch tasks: all-at-once or fixed:N (default: ${DEFAULT-VALUE}).")
    String parallelism;

    @Option(names = "--flavours", defaultValue = "8", description = "Commonest sizes listed (default: ${DEFAULT-VALUE}).")
    int flavours;

    @Option(names = "--trace-start", paramLabel = "DATE-TIME", description = "When the trace's second 0 was, with its zone, "
        + "e.g. 2011-05-01T19:00-07:00 or 2013-07-01T00:03[Europe/Amsterdam], so hours are the trace's local hours "
        + "(default: an SWF log's header; otherwise second 0 is taken as midnight).")
    String traceStart;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the fragment here instead of printing it.")
    Path out;

    @Override
    public Integer call() {
        ScenarioOptions.atLeast("--flavours", flavours, 1);
        TraceFormat traceFormat = parsed(() -> TraceFormat.byName(format));
        TraceMapping mapping = mapping(traceFormat);
        String stream = name != null ? name : traceFormat.scenarioName() + "-fitted";
        Optional<ZonedDateTime> start = traceStart != null ? Optional.of(parsed(() -> TraceStart.parse(traceStart)))
            : traceFormat == TraceFormat.SWF ? SwfHeader.start(trace) : Optional.empty();
        // trace second 0 placed at its time of day, so the hourly rates fall in the trace's local hours
        TraceOptions options = TraceOptions.of(stream, mapping).withTimeShift(start.map(TraceStart::secondOfDay).orElse(0.0));
        WorkloadFit fit;
        try (TraceRequestSource source = jobEvents != null
            ? TraceReaders.openGoogle(trace, jobEvents, options) : TraceReaders.open(traceFormat, trace, options)) {
            fit = WorkloadFitter.fit(source, flavours, 1);
        }
        String yaml = StreamFragment.yaml(fit, new StreamFragment.Naming(stream, operator, origin,
            traceFormat.scenarioName() + " trace " + trace.getFileName(), clock(start)));
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
        } else {
            FragmentFile.write(out, yaml);
            spec.commandLine().getOut().printf("fitted %d requests; fragment written to %s%n", fit.requests(), out);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String clock(Optional<ZonedDateTime> start) {
        if (start.isEmpty()) {
            return "the trace gives no start time, so its second 0 is taken as midnight; give --trace-start for its real hours";
        }
        return "the trace starts at %s (%s); hours are local time there".formatted(start.get(),
            traceStart != null ? "--trace-start" : "its SWF header");
    }

    private TraceMapping mapping(TraceFormat traceFormat) {
        if (traceFormat.yields() != TraceFormat.Yields.REQUESTS) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " does not give requests to fit");
        }
        if (jobEvents != null && traceFormat != TraceFormat.GOOGLE_2011_TASK_EVENTS) {
            throw new ParameterException(spec.commandLine(), "--job-events goes with google-2011-task-events only");
        }
        double cores = FormatTraits.coresAreShares(traceFormat) ? required(referenceCores, "--reference-cores", traceFormat) : 1;
        long memory = FormatTraits.memoryIsShare(traceFormat)
            ? Math.round(parsed(() -> Units.parse(required(referenceMemory, "--reference-memory", traceFormat), Units.Kind.MEMORY)))
            : 1;
        TraceMapping mapping = parsed(() -> TraceMapping.of(operator, origin, cores, memory));
        return mapping.withParallelism(parsed(() -> Parallelism.parse(parallelism)));
    }

    private <T> T required(T value, String option, TraceFormat traceFormat) {
        if (value == null) {
            throw new ParameterException(spec.commandLine(),
                option + " is needed: " + traceFormat.scenarioName() + " gives sizes as shares of a machine it does not describe");
        }
        return value;
    }

    /** A value from the user's text; what is wrong with it becomes a usage error. */
    private <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
