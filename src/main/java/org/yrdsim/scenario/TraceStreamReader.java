package org.yrdsim.scenario;

import org.yrdsim.scenario.trace.FormatTraits;
import org.yrdsim.scenario.trace.MalformedLimit;
import org.yrdsim.scenario.trace.OwnerPlacement;
import org.yrdsim.scenario.trace.Parallelism;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional top-level {@code traces:} list: streams of requests replayed from trace
 * files. Every path must name an existing file when the scenario is read, so a missing download
 * is reported by {@code validate}, not halfway through a run. Whether the file really is in the
 * stated format shows only when the run opens it.
 */
final class TraceStreamReader {
    private static final Pattern PERCENT = Pattern.compile("\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*%\\s*");
    /** Stands in for a reference size a format never uses ({@link TraceMapping} wants a positive one). */
    private static final int UNUSED = 1;
    private static final long DEFAULT_MEMORY_PER_CORE_MIB = 4096;
    private static final double DEFAULT_CPU_USAGE = 0.5;

    private final TraceLocator locator;
    private final String scenarioFile;
    private final List<String> operators;
    private final List<String> cities;

    TraceStreamReader(TraceLocator locator, String scenarioFile, List<String> operators, List<String> cities) {
        this.locator = locator;
        this.scenarioFile = scenarioFile;
        this.operators = operators;
        this.cities = cities;
    }

    /** @param streamNames names already taken by synthetic streams; trace names are added to it */
    List<TraceStreamSpec> read(ScenarioNode root, Set<String> streamNames, double scale) {
        List<TraceStreamSpec> traces = new ArrayList<>();
        for (ScenarioNode node : root.list("traces", true)) {
            if (scale > 1) {
                throw node.error("a trace replay cannot be scaled up (simulation.scale is " + scale
                    + "); use 'yrdsim fit' to make a synthetic stream from it that can");
            }
            traces.add(stream(node, streamNames));
        }
        return List.copyOf(traces);
    }

    private TraceStreamSpec stream(ScenarioNode node, Set<String> streamNames) {
        String name = ScenarioReader.unique(node, streamNames);
        TraceFormat format = format(node, TraceFormat.Yields.REQUESTS);
        Path file = locator.existingFile(node, "path", scenarioFile);
        Optional<Path> jobEvents = Optional.empty();
        if (node.has("jobEvents")) {
            if (format != TraceFormat.GOOGLE_2011_TASK_EVENTS) {
                throw node.error("jobEvents", "only the google-2011-task-events format takes a jobEvents file");
            }
            jobEvents = Optional.of(locator.existingFile(node, "jobEvents", scenarioFile));
        }
        TraceOptions options = TraceOptions.of(name, mapping(node.mapping("mapping"), format));
        if (node.has("window")) {
            options = window(node.mapping("window"), options);
        }
        options = options.withTimeShift(node.quantity("shift", Units.Kind.DURATION, 0))
            .withInitialState(node.bool("initialState", true));
        if (node.has("speedUp")) {
            options = options.withSpeedUp(node.number("speedUp", 1e-6, 1e6));
        }
        if (node.has("sample")) {
            ScenarioNode sample = node.mapping("sample");
            double fraction = sample.number("fraction", 0, 1);
            if (fraction == 0) {
                throw sample.error("fraction", "must be greater than 0 (it is the share of rows kept)");
            }
            options = options.withSampling(fraction, sample.has("seed") ? sample.wholeNumber("seed", Long.MIN_VALUE, Long.MAX_VALUE) : 0);
            sample.done();
        }
        OptionalDouble latencyLimit = node.has("latencyLimit")
            ? OptionalDouble.of(node.quantity("latencyLimit", Units.Kind.DURATION)) : OptionalDouble.empty();
        MalformedLimit maxMalformed = node.has("maxMalformed") ? maxMalformed(node) : MalformedLimit.DEFAULT;
        Optional<QueueSpec> queue = AdmissionReader.read(node);
        node.done();
        return new TraceStreamSpec(name, format, file, jobEvents, options, latencyLimit, maxMalformed, queue);
    }

    /** {@code maxMalformed: 20} (rows) or {@code maxMalformed: 0.5%} (of the rows read). */
    private static MalformedLimit maxMalformed(ScenarioNode node) {
        if (node.value().get("maxMalformed").isTextual()) {
            Matcher percent = PERCENT.matcher(node.string("maxMalformed"));
            if (!percent.matches() || Double.parseDouble(percent.group(1)) > 100) {
                throw node.error("maxMalformed", "expected a number of rows such as 20, or a share of the rows read such as 0.5%%; found '%s'"
                    .formatted(node.string("maxMalformed")));
            }
            return MalformedLimit.shareOfRows(Double.parseDouble(percent.group(1)) / 100);
        }
        return MalformedLimit.rows(node.wholeNumber("maxMalformed", 0, Long.MAX_VALUE));
    }

    /** The {@code format} key, which must name a format that yields {@code wanted}. */
    static TraceFormat format(ScenarioNode node, TraceFormat.Yields wanted) {
        TraceFormat format;
        try {
            format = TraceFormat.byName(node.string("format"));
        } catch (IllegalArgumentException e) {
            throw node.error("format", e.getMessage());
        }
        if (format.yields() != wanted) {
            throw node.error("format", "'%s' gives %s, not %s%s".formatted(format.scenarioName(),
                format.yields().name().toLowerCase(), wanted.name().toLowerCase(),
                format.yields() == TraceFormat.Yields.MACHINES ? "; machine lists build a datacenter's hosts: {fromTrace: ...}" : ""));
        }
        return format;
    }

    /** Trace seconds [from, to); {@code from} may be negative, as Alibaba 2017 has tasks created before its start. */
    private static TraceOptions window(ScenarioNode node, TraceOptions options) {
        double from = node.has("from") ? signedDuration(node, "from") : 0;
        double to = node.quantity("to", Units.Kind.DURATION, Double.POSITIVE_INFINITY);
        if (!(to > from)) {
            throw node.error("to", "the window must end after it starts (from %s s, to %s s)".formatted(from, to));
        }
        node.done();
        return options.withWindow(from, to);
    }

    private static double signedDuration(ScenarioNode node, String key) {
        try {
            return Units.parse(node.string(key), Units.Kind.DURATION);
        } catch (IllegalArgumentException e) {
            throw node.error(key, e.getMessage());
        }
    }

    private TraceMapping mapping(ScenarioNode node, TraceFormat format) {
        String operator = ScenarioReader.reference(node, "operator", operators);
        String origin = ScenarioReader.reference(node, "origin", cities);
        double referenceCores = FormatTraits.coresAreShares(format)
            ? node.number("referenceCores", 1e-3, 1e6) : refused(node, "referenceCores", format, "gives cores");
        long referenceMemory = FormatTraits.memoryIsShare(format)
            ? Math.round(node.quantity("referenceMemory", Units.Kind.MEMORY))
            : (long) refused(node, "referenceMemory", format, "gives memory in absolute units");
        double cpuUsage = node.has("cpuUsage") ? node.number("cpuUsage", 0, 1) : DEFAULT_CPU_USAGE;
        TraceMapping mapping = new TraceMapping(operator, origin, owners(node), referenceCores, referenceMemory,
            DEFAULT_MEMORY_PER_CORE_MIB, cpuUsage, Parallelism.allAtOnce());
        if (node.has("memoryPerCore")) {
            if (!FormatTraits.mayLackMemory(format)) {
                throw node.error("memoryPerCore", "format '" + format.scenarioName() + "' gives every row's memory");
            }
            mapping = mapping.withMemoryPerCoreMib(Math.round(node.quantity("memoryPerCore", Units.Kind.MEMORY)));
        }
        if (node.has("parallelism")) {
            if (!FormatTraits.hasInstances(format)) {
                throw node.error("parallelism", "only batch-task formats have instances to spread");
            }
            try {
                mapping = mapping.withParallelism(Parallelism.parse(node.string("parallelism")));
            } catch (IllegalArgumentException e) {
                throw node.error("parallelism", e.getMessage());
            }
        }
        node.done();
        return mapping;
    }

    private static double refused(ScenarioNode node, String key, TraceFormat format, String why) {
        if (node.has(key)) {
            throw node.error(key, "format '" + format.scenarioName() + "' " + why + "; " + key + " does not apply");
        }
        return UNUSED;
    }

    /** {@code owners: {<trace owner>: {operator: ..., origin: ...}}}: owners placed apart from the default. */
    private Map<String, OwnerPlacement> owners(ScenarioNode node) {
        Map<String, OwnerPlacement> owners = new LinkedHashMap<>();
        if (!node.has("owners")) {
            return owners;
        }
        ScenarioNode byOwner = node.mapping("owners");
        for (String owner : byOwner.keys()) {
            ScenarioNode placement = byOwner.mapping(owner);
            owners.put(owner, new OwnerPlacement(ScenarioReader.reference(placement, "operator", operators),
                ScenarioReader.reference(placement, "origin", cities)));
            placement.done();
        }
        byOwner.done();
        return owners;
    }
}
