package org.yrdsim.scenario;

import org.yrdsim.scenario.trace.TraceClock;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceStart;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the synthetic demand: workload streams, the shapes they share, and their arrival profiles. */
final class WorkloadReader {
    private static final DistributionReader SHARES = new DistributionReader(null);
    /**
     * Bitbrains is a managed-hosting provider in Amsterdam (Shen, van Beek, Iosup, CCGrid 2015), so its
     * GWA-T-12 files are read in Dutch time: the Rnd set's first row, 1,372,629,804, is 00:03 on 1 July 2013 there.
     */
    private static final String BITBRAINS_ZONE = "Europe/Amsterdam";
    private static final Pattern PER_YEAR = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*%\\s*/\\s*year\\s*");

    private WorkloadReader() {
    }

    static List<WorkloadSpec> workloads(ScenarioNode root, ScenarioNames names, List<String> operatorNames,
                                        List<HostType> hostTypes, TraceLocator traces, String scenarioFile) {
        List<WorkloadSpec> workloads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, DemandShape> shapes = new LinkedHashMap<>();
        if (root.has("shapes")) {
            ScenarioNode shapesNode = root.mapping("shapes");
            for (String shapeName : shapesNode.keys()) {
                ScenarioNode shapeNode = shapesNode.mapping(shapeName);
                shapes.put(shapeName, shape(shapeNode, hostTypes, traces, scenarioFile));
                shapeNode.done();
            }
            shapesNode.done();
        }
        for (ScenarioNode node : root.list("workloads")) {
            String name = ScenarioReader.unique(node, seen);
            String operator = ScenarioReader.reference(node, "operator", operatorNames);
            String origin = ScenarioReader.reference(node, "origin", names.cities());
            ArrivalSpec arrivals = arrivals(node.mapping("arrivals"));
            DemandShape shape;
            if (node.has("shape")) {
                for (String own : List.of("flavours", "lifetime", "cpuUsage")) {
                    if (node.has(own)) {
                        throw node.error(own, "a stream gives either a shape or its own flavours, lifetime and cpuUsage, not both");
                    }
                }
                String shapeName = ScenarioReader.reference(node, "shape", List.copyOf(shapes.keySet()));
                shape = shapes.get(shapeName);
            } else {
                shape = shape(node, hostTypes, traces, scenarioFile);
            }
            OptionalDouble latencyLimit = node.has("latencyLimit")
                ? OptionalDouble.of(node.quantity("latencyLimit", Units.Kind.DURATION)) : OptionalDouble.empty();
            Optional<QueueSpec> queue = AdmissionReader.read(node);
            node.done();
            workloads.add(new WorkloadSpec(name, operator, origin, arrivals, shape.flavours(), shape.lifetime(),
                shape.cpuUsage(), latencyLimit, queue));
        }
        return List.copyOf(workloads);
    }

    /** What each request of a stream looks like: sizes, lifetimes and CPU use, given in place or as a named shape. */
    private record DemandShape(List<Flavour> flavours, DistributionSpec lifetime, UsageSpec cpuUsage) {
    }

    static DemandShape shape(ScenarioNode node, List<HostType> hostTypes, TraceLocator traces, String scenarioFile) {
        int largestHostCores = hostTypes.stream().mapToInt(HostType::cores).max().orElse(0);
        long largestHostMemory = hostTypes.stream().mapToLong(HostType::memoryMib).max().orElse(0);
        List<Flavour> flavours = new ArrayList<>();
        for (ScenarioNode f : node.list("flavours")) {
            int milliCores = milliCores(f);
            long memory = Math.round(f.quantity("memory", Units.Kind.MEMORY));
            double weight = f.number("weight");
            if (!(weight > 0)) {
                throw f.error("weight", "must be greater than zero");
            }
            if (milliCores > largestHostCores * 1000L || memory > largestHostMemory) {
                throw f.error("no host type is large enough for a VM of %s cores and %d MiB"
                    .formatted(BigDecimal.valueOf(milliCores, 3).stripTrailingZeros().toPlainString(), memory));
            }
            f.done();
            flavours.add(new Flavour(milliCores, memory, weight));
        }
        if (flavours.isEmpty()) {
            throw node.error("flavours", "at least one flavour is needed");
        }
        ScenarioNode lifetimeNode = node.mapping("lifetime");
        DistributionSpec lifetime = ScenarioReader.DURATIONS.read(lifetimeNode);
        lifetimeNode.done();
        ScenarioNode usageNode = node.mapping("cpuUsage");
        UsageSpec usage = usageNode.has("fromTrace") ? measured(usageNode, traces, scenarioFile)
            : new UsageSpec.Drawn(SHARES.read(usageNode), usageNode.bool("followsDiurnal", false));
        usageNode.done();
        return new DemandShape(List.copyOf(flavours), lifetime, usage);
    }

    /** A flavour's cores, which may be a fraction down to a thousandth, the unit hosts keep their room in. */
    private static int milliCores(ScenarioNode flavour) {
        double cores = flavour.number("cores", 0.001, HostType.MAX_CORES);
        double milli = cores * 1000;
        if (Math.abs(milli - Math.rint(milli)) > 1e-6) {
            throw flavour.error("cores", "must be a multiple of 0.001 (a thousandth of a core); found " + cores);
        }
        return (int) Math.rint(milli);
    }

    static ArrivalSpec arrivals(ScenarioNode node) {
        double rate = node.quantityOrZero("rate", Units.Kind.RATE);
        DailyCycle diurnal = DiurnalProfile.FLAT;
        if (node.has("hourly")) {
            diurnal = hourlyProfile(node);
        } else if (node.has("diurnal")) {
            ScenarioNode d = node.mapping("diurnal");
            double peakHour = d.number("peakHour", 0, 24);
            double ratio = d.number("peakToTrough");
            if (!(ratio >= 1 && ratio <= 1000)) {
                throw d.error("peakToTrough", "must be at least 1 (the peak is never below the trough) and at most 1000; found " + ratio);
            }
            d.done();
            diurnal = new DiurnalProfile(peakHour, ratio);
        }
        List<Burst> bursts = new ArrayList<>();
        for (ScenarioNode b : node.list("bursts", true)) {
            double start = b.quantityOrZero("at", Units.Kind.DURATION);
            double duration = b.quantity("duration", Units.Kind.DURATION);
            double multiplier = b.number("multiplier");
            if (!(multiplier >= 0 && multiplier <= 1000)) {
                throw b.error("multiplier", "must be between 0 and 1000; found " + multiplier);
            }
            b.done();
            bursts.add(new Burst(start, duration, multiplier));
        }
        Growth growth = node.has("growth") ? growth(node) : Growth.NONE;
        node.done();
        return new ArrivalSpec(rate, diurnal, List.copyOf(bursts), growth);
    }

    /** {@code growth: 25 %/year} (compounding) or {@code growth: [{at: 0d, factor: 1}, {at: 365d, factor: 1.6}]}. */
    private static Growth growth(ScenarioNode node) {
        if (!node.isList("growth")) {
            Matcher m = PER_YEAR.matcher(node.string("growth"));
            if (!m.matches()) {
                throw node.error("growth", "expected a yearly rate such as '25 %/year', or a list of dated levels such as "
                    + "[{at: 0d, factor: 1}, {at: 365d, factor: 1.6}]; found '" + node.string("growth") + "'");
            }
            double percent = Double.parseDouble(m.group(1));
            if (!(percent > -100 && percent <= 1000)) {
                throw node.error("growth", "a yearly growth is above -100 %/year (nothing left) and at most 1000 %/year; found " + percent);
            }
            return new Growth.Compound(percent / 100);
        }
        List<ScenarioNode> levels = node.list("growth");
        if (levels.isEmpty()) {
            throw node.error("growth", "give at least one dated level, such as {at: 0d, factor: 1}");
        }
        double[] at = new double[levels.size()];
        double[] factors = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            ScenarioNode level = levels.get(i);
            at[i] = level.quantityOrZero("at", Units.Kind.DURATION);
            if (i > 0 && at[i] <= at[i - 1]) {
                throw level.error("at", "dated levels must be in time order, each later than the one before");
            }
            factors[i] = level.number("factor", 0, 1000);
            level.done();
        }
        return new Growth.Levels(at, factors);
    }

    /**
     * {@code cpuUsage: {fromTrace: {format, path}}}: VMs follow series measured on real machines, at
     * their time of day: Bitbrains rows carry Unix times, read in {@code timeZone} (default
     * {@link #BITBRAINS_ZONE}); the other formats count seconds from a start they do not record,
     * given as {@code traceStart} (date, time and zone), else taken as midnight.
     */
    private static UsageSpec measured(ScenarioNode usageNode, TraceLocator traces, String scenarioFile) {
        ScenarioNode trace = usageNode.mapping("fromTrace");
        TraceFormat format = TraceStreamReader.format(trace, TraceFormat.Yields.USAGE);
        Path path = traces.existingPath(trace, "path", scenarioFile);
        boolean unixTimes = format == TraceFormat.BITBRAINS;
        TraceClock clock = TraceClock.MIDNIGHT;
        if (unixTimes) {
            clock = new TraceClock(Instant.EPOCH, zone(trace, trace.has("timeZone") ? trace.string("timeZone") : BITBRAINS_ZONE));
        } else if (trace.has("traceStart")) {
            ZonedDateTime start = parsed(trace, "traceStart", () -> TraceStart.parse(trace.string("traceStart")));
            clock = new TraceClock(start.toInstant(), start.getZone());
        }
        if (trace.has(unixTimes ? "traceStart" : "timeZone")) {
            throw trace.error(unixTimes ? "traceStart" : "timeZone", unixTimes
                ? "bitbrains rows carry their Unix time; give the timeZone they are read in instead"
                : "format '%s' records no instants; give traceStart (date, time and zone) instead".formatted(format.scenarioName()));
        }
        trace.done();
        return new UsageSpec.Measured(format, path, clock);
    }

    private static ZoneId zone(ScenarioNode node, String name) {
        return parsed(node, "timeZone", () -> ZoneId.of(name.strip()));
    }

    private static <T> T parsed(ScenarioNode node, String key, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw node.error(key, e.getMessage());
        }
    }

    /** {@code hourly:} 24 factors, one per hour from midnight, in place of the cosine of {@code diurnal:}. */
    static HourlyProfile hourlyProfile(ScenarioNode node) {
        if (node.has("diurnal")) {
            throw node.error("diurnal", "give either diurnal or hourly, not both");
        }
        if (!node.isList("hourly")) {
            throw node.error("hourly", "give 24 factors, one for each hour from midnight");
        }
        double[] factors = node.hourly("hourly", null).byHour();
        if (Arrays.stream(factors).allMatch(f -> f == 0)) {
            throw node.error("hourly", "at least one hour needs a factor above 0");
        }
        return HourlyProfile.normalised(factors);
    }
}
