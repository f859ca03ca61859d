package org.yrdsim.scenario;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario file strictly: every key known, every unit right, every value possible and
 * every reference resolved, or a {@link ScenarioException} saying where and what.
 */
public final class ScenarioReader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final DistributionReader DURATIONS = new DistributionReader(Units.Kind.DURATION);

    private ScenarioReader() {
    }

    public static Scenario read(Path file) {
        return read(file, TraceLocator.BESIDE_SCENARIO);
    }

    /** @param traces where the trace files the scenario names are looked for */
    public static Scenario read(Path file, TraceLocator traces) {
        return read(document(file), traces);
    }

    /** The file as a YAML document, not yet read as a scenario (so that overrides can change it first). */
    static YamlDocument document(Path file) {
        return YamlDocument.parse(file.toString(), ScenarioText.read(file));
    }

    public static Scenario read(YamlDocument doc) {
        return read(doc, TraceLocator.BESIDE_SCENARIO);
    }

    public static Scenario read(YamlDocument doc, TraceLocator traces) {
        return read(doc, traces, ResourceEstimate.Limits.ofThisJvm());
    }

    /** @param limits what one run may take; a scenario that would take more is refused at the key that drives it */
    static Scenario read(YamlDocument doc, TraceLocator traces, ResourceEstimate.Limits limits) {
        ScenarioNode root = ScenarioNode.root(doc);
        String name = name(root, "name");
        String description = root.string("description", "");
        String question = root.string("question", "");
        SimulationSpec simulation = simulation(root.mapping("simulation"));
        List<City> cities = SiteReader.cities(root);
        List<Site> sites = SiteReader.sites(root);
        List<HostType> declaredHostTypes = hostTypes(root);
        ScenarioNames names = ScenarioNames.of(sites, cities, declaredHostTypes);
        TraceHostsReader traceHosts = new TraceHostsReader(traces, doc.fileName(), declaredHostTypes);
        List<Operator> operators = operators(root, names, traceHosts);
        List<HostType> hostTypes = traceHosts.allTypes();
        List<String> operatorNames = operators.stream().map(Operator::name).toList();
        List<WorkloadSpec> workloads = WorkloadReader.workloads(root, names, operatorNames, hostTypes, traces, doc.fileName());
        Set<String> streamNames = new HashSet<>(workloads.stream().map(WorkloadSpec::name).toList());
        List<TraceStreamSpec> traceStreams = new TraceStreamReader(traces, doc.fileName(), operatorNames, names.cities())
            .read(root, streamNames, simulation.scale());
        LatencyModel latency = root.has("latency") ? SiteReader.latency(root.mapping("latency"), names) : LatencyModel.DEFAULT;
        ScenarioNode placementNode = root.mapping("placement");
        PlacementSpec placement = placement(placementNode);
        List<Agreement> agreements = SharingReader.agreements(root, placementNode, operatorNames);
        placementNode.done();
        Optional<PowerOffSpec> powerOff = Optional.empty();
        if (root.has("powerOff")) {
            ScenarioNode p = root.mapping("powerOff");
            powerOff = Optional.of(new PowerOffSpec(p.quantity("idleAfter", Units.Kind.DURATION),
                p.quantityOrZero("bootDelay", Units.Kind.DURATION)));
            p.done();
        }
        FailureSpec failures = root.has("failures")
            ? FailureReader.read(root.mapping("failures"), names.sites(), operators) : FailureSpec.NONE;
        List<Target> targets = targets(root);
        root.done();
        Scenario scenario = new Scenario(name, description, doc.fileName(), simulation, sites, cities, latency, hostTypes,
            operators, workloads, placement, agreements, powerOff, failures, traceStreams, targets, question);
        ResourceCheck.require(scenario, root, limits);
        return scenario;
    }

    /** The {@code targets:} list, each written as {@code plan --target} takes it; whether each figure exists is checked against the summary's names. */
    private static List<Target> targets(ScenarioNode root) {
        List<Target> targets = new ArrayList<>();
        for (ScenarioNode item : root.list("targets", true)) {
            if (!item.value().isTextual()) {
                throw item.error("expected a target such as 'pue <= 1.25' but found " + (item.isMapping() ? "a mapping" : item.value().asText()));
            }
            try {
                targets.add(Target.parse(item.value().asText(), item.where()));
            } catch (IllegalArgumentException e) {
                throw item.error("'" + item.value().asText() + "': " + e.getMessage());
            }
        }
        return List.copyOf(targets);
    }

    private static SimulationSpec simulation(ScenarioNode node) {
        double duration = node.quantity("duration", Units.Kind.DURATION);
        double interval = node.quantity("sampleInterval", Units.Kind.DURATION);
        if (interval > duration) {
            throw node.error("sampleInterval", "must not be longer than the duration");
        }
        double warmup = node.quantity("warmup", Units.Kind.DURATION, 0);
        if (warmup >= duration) {
            throw node.error("warmup", "must be shorter than the duration");
        }
        long seed = node.wholeNumber("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        double scale = node.number("scale", 1);
        if (!(scale > 0 && scale <= 100)) {
            throw node.error("scale", "must be greater than 0 and at most 100 but is " + scale);
        }
        node.done();
        return new SimulationSpec(duration, interval, warmup, seed, scale);
    }

    private static List<HostType> hostTypes(ScenarioNode root) {
        List<HostType> types = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("hostTypes")) {
            String name = unique(node, seen);
            int cores = node.count("cores", 1, HostType.MAX_CORES);
            double speed = node.quantity("coreSpeed", Units.Kind.SPEED);
            long memory = Math.round(node.quantity("memory", Units.Kind.MEMORY));
            long storage = Math.round(node.quantity("storage", Units.Kind.MEMORY));
            long network = Math.round(node.quantity("network", Units.Kind.BANDWIDTH));
            PowerCurve power = power(node.mapping("power"));
            node.done();
            types.add(new HostType(name, cores, speed, memory, storage, network, power));
        }
        if (types.isEmpty()) {
            throw root.error("hostTypes", "at least one host type is needed");
        }
        return List.copyOf(types);
    }

    private static PowerCurve power(ScenarioNode node) {
        double[] watts;
        if (node.has("watts")) {
            List<ScenarioNode> points = node.list("watts");
            if (points.size() != 11) {
                throw node.error("watts", "a SPECpower curve has 11 values (0%, 10%, ..., 100% load), found " + points.size());
            }
            watts = new double[11];
            for (int i = 0; i < 11; i++) {
                if (!points.get(i).value().isNumber() || points.get(i).value().asDouble() < 0) {
                    throw points.get(i).error("expected watts as a number of at least 0");
                }
                watts[i] = points.get(i).value().asDouble();
                if (i > 0 && watts[i] < watts[i - 1]) {
                    throw points.get(i).error("power must not fall as load rises");
                }
            }
        } else {
            double idle = node.quantityOrZero("idle", Units.Kind.POWER);
            double peak = node.quantity("peak", Units.Kind.POWER);
            if (peak < idle) {
                throw node.error("peak", "must be at least the idle power");
            }
            watts = new double[]{idle, peak};
        }
        node.done();
        return new PowerCurve(watts);
    }

    private static List<Operator> operators(ScenarioNode root, ScenarioNames names, TraceHostsReader traceHosts) {
        List<Operator> operators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("operators")) {
            String name = unique(node, seen);
            List<DatacenterSpec> datacenters = new ArrayList<>();
            Set<String> sitesUsed = new HashSet<>();
            for (ScenarioNode dc : node.list("datacenters")) {
                String site = reference(dc, "site", names.sites());
                if (!sitesUsed.add(site)) {
                    throw dc.error("site", "operator '" + name + "' already has a datacenter at '" + site + "'; list its hosts there once");
                }
                String dcName = name + "@" + site;
                List<Commissioning> phases = dc.has("commissioning") ? phases(dc, names, traceHosts, dcName)
                    : List.of(new Commissioning(0, hostCounts(dc.mapping("hosts"), names, traceHosts, dcName)));
                dc.done();
                datacenters.add(new DatacenterSpec(name, site, phases, traceHosts.provenance(dcName)));
            }
            node.done();
            operators.add(new Operator(name, List.copyOf(datacenters)));
        }
        if (operators.stream().allMatch(o -> o.datacenters().isEmpty())) {
            throw root.error("operators", "at least one operator needs a datacenter");
        }
        return List.copyOf(operators);
    }

    /** {@code commissioning: [{at: 0d, hosts: {...}}, {at: 365d, hosts: {...}}]}: hosts that come into service in phases. */
    private static List<Commissioning> phases(ScenarioNode dc, ScenarioNames names, TraceHostsReader traceHosts, String dcName) {
        if (dc.has("hosts")) {
            throw dc.error("commissioning", "give either hosts (all in service from the start) or commissioning (in phases), not both");
        }
        List<Commissioning> phases = new ArrayList<>();
        for (ScenarioNode phase : dc.list("commissioning")) {
            double at = phase.quantityOrZero("at", Units.Kind.DURATION);
            phases.add(new Commissioning(at, hostCounts(phase.mapping("hosts"), names, traceHosts, dcName)));
            phase.done();
        }
        if (phases.isEmpty()) {
            throw dc.error("commissioning", "at least one phase is needed");
        }
        return List.copyOf(phases);
    }

    private static Map<String, Integer> hostCounts(ScenarioNode counts, ScenarioNames names, TraceHostsReader traceHosts,
                                                   String dcName) {
        Map<String, Integer> hosts = new LinkedHashMap<>();
        for (String type : counts.keys()) {
            if (type.equals(TraceHostsReader.KEY)) {
                traceHosts.hosts(counts.mapping(type), dcName).forEach((t, n) -> hosts.merge(t, n, Integer::sum));
                continue;
            }
            if (!names.hostTypes().contains(type)) {
                throw counts.error(type, "no host type named '" + type + "' (host types: " + String.join(", ", names.hostTypes()) + ")");
            }
            hosts.put(type, counts.count(type, 0, Integer.MAX_VALUE));
        }
        counts.done();
        return Collections.unmodifiableMap(hosts);
    }

    private static PlacementSpec placement(ScenarioNode node) {
        HostPolicy policy = node.choice("hostPolicy", HostPolicy.class, HostPolicy::spelling);
        double cpu = node.number("cpuOvercommit", 1);
        double memory = node.number("memoryOvercommit", 1);
        if (!(cpu >= 1 && cpu <= 16)) {
            throw node.error("cpuOvercommit", "must be between 1 (no overcommit) and 16; found " + cpu);
        }
        if (!(memory >= 1 && memory <= 16)) {
            throw node.error("memoryOvercommit", "must be between 1 (no overcommit) and 16; found " + memory);
        }
        DatacenterWeights weights = DatacenterWeights.NEAREST_FIRST;
        if (node.has("datacenterWeights")) {
            ScenarioNode w = node.mapping("datacenterWeights");
            Map<WeigherName, Double> multipliers = new EnumMap<>(WeigherName.class);
            for (WeigherName weigher : WeigherName.values()) {
                String key = weigher.key();
                if (w.has(key) && !(w.number(key) >= 0 && w.number(key) <= 1000)) {
                    throw w.error(key, "a weigher's multiplier is between 0 (off) and 1000");
                }
                multipliers.put(weigher, w.number(key, 0));
            }
            weights = new DatacenterWeights(multipliers);
            w.done();
        }
        return new PlacementSpec(policy, cpu, memory, weights);
    }

    private static String name(ScenarioNode node, String key) {
        String name = node.string(key);
        if (!NAME.matcher(name).matches()) {
            throw node.error(key, "'" + name + "' is not a usable name: use letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        return name;
    }

    static String unique(ScenarioNode node, Set<String> seen) {
        String name = name(node, "name");
        if (!seen.add(name)) {
            throw node.error("name", "the name '" + name + "' is used twice");
        }
        return name;
    }

    static String reference(ScenarioNode node, String key, List<String> known) {
        String name = node.string(key);
        if (!known.contains(name)) {
            throw node.error(key, "no " + key + " named '" + name + "' (known: " + String.join(", ", known) + ")");
        }
        return name;
    }
}
