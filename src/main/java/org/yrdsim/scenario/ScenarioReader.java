package org.yrdsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario file strictly: every key known, every unit right, every value possible and
 * every reference resolved, or a {@link ScenarioException} saying where and what.
 */
public final class ScenarioReader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final DistributionReader DURATIONS = new DistributionReader(Units.Kind.DURATION);
    private static final DistributionReader SHARES = new DistributionReader(null);

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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage());
        }
        return YamlDocument.parse(file.toString(), text);
    }

    public static Scenario read(YamlDocument doc) {
        return read(doc, TraceLocator.BESIDE_SCENARIO);
    }

    public static Scenario read(YamlDocument doc, TraceLocator traces) {
        ScenarioNode root = ScenarioNode.root(doc);
        String name = name(root, "name");
        String description = root.string("description", "");
        SimulationSpec simulation = simulation(root.mapping("simulation"));
        List<City> cities = cities(root);
        List<Site> sites = sites(root);
        List<HostType> declaredHostTypes = hostTypes(root);
        Names names = new Names(sites, cities, declaredHostTypes);
        TraceHostsReader traceHosts = new TraceHostsReader(traces, doc.fileName(), declaredHostTypes);
        List<Operator> operators = operators(root, names, traceHosts);
        List<HostType> hostTypes = traceHosts.allTypes();
        List<String> operatorNames = operators.stream().map(Operator::name).toList();
        List<WorkloadSpec> workloads = workloads(root, names, operatorNames, hostTypes);
        Set<String> streamNames = new HashSet<>(workloads.stream().map(WorkloadSpec::name).toList());
        List<TraceStreamSpec> traceStreams = new TraceStreamReader(traces, doc.fileName(), operatorNames, names.cities)
            .read(root, streamNames, simulation.scale());
        LatencyModel latency = root.has("latency") ? latency(root.mapping("latency"), names) : LatencyModel.DEFAULT;
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
            ? FailureReader.read(root.mapping("failures"), names.sites, operators) : FailureSpec.NONE;
        root.done();
        return new Scenario(name, description, doc.fileName(), simulation, sites, cities, latency, hostTypes,
            operators, workloads, placement, agreements, powerOff, failures, traceStreams);
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
        long seed = node.wholeNumber("seed", Long.MIN_VALUE);
        double scale = node.number("scale", 1);
        if (!(scale > 0 && scale <= 100)) {
            throw node.error("scale", "must be greater than 0 and at most 100 but is " + scale);
        }
        node.done();
        return new SimulationSpec(duration, interval, warmup, seed, scale);
    }

    private static List<City> cities(ScenarioNode root) {
        List<City> cities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("cities")) {
            String name = unique(node, seen);
            cities.add(new City(name, location(node)));
            node.done();
        }
        return List.copyOf(cities);
    }

    private static List<Site> sites(ScenarioNode root) {
        List<Site> sites = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("sites")) {
            String name = unique(node, seen);
            String province = node.string("province", "");
            GeoPoint location = location(node);
            HourlyValue pue = hourly(node, "pue", null);
            for (double value : pue.byHour()) {
                if (!(value >= 1 && value <= 5)) {
                    throw node.error("pue", "a PUE is facility over IT energy, so at least 1 (and at most 5); found " + value);
                }
            }
            double carbon = node.quantityOrZero("gridCarbon", Units.Kind.CARBON);
            double green = node.number("greenShare", 0, 1);
            HourlyValue tariff = hourly(node, "tariff", Units.Kind.TARIFF);
            node.done();
            sites.add(new Site(name, province, location, pue, carbon, green, tariff));
        }
        if (sites.isEmpty()) {
            throw root.error("sites", "at least one site is needed");
        }
        return List.copyOf(sites);
    }

    private static List<HostType> hostTypes(ScenarioNode root) {
        List<HostType> types = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("hostTypes")) {
            String name = unique(node, seen);
            int cores = (int) Math.min(Integer.MAX_VALUE, node.wholeNumber("cores", 1));
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

    private static List<Operator> operators(ScenarioNode root, Names names, TraceHostsReader traceHosts) {
        List<Operator> operators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("operators")) {
            String name = unique(node, seen);
            List<DatacenterSpec> datacenters = new ArrayList<>();
            Set<String> sitesUsed = new HashSet<>();
            for (ScenarioNode dc : node.list("datacenters")) {
                String site = reference(dc, "site", names.sites);
                if (!sitesUsed.add(site)) {
                    throw dc.error("site", "operator '" + name + "' already has a datacenter at '" + site + "'; list its hosts there once");
                }
                Map<String, Integer> hosts = new LinkedHashMap<>();
                ScenarioNode counts = dc.mapping("hosts");
                for (String type : counts.keys()) {
                    if (type.equals(TraceHostsReader.KEY)) {
                        traceHosts.hosts(counts.mapping(type)).forEach((t, n) -> hosts.merge(t, n, Integer::sum));
                        continue;
                    }
                    if (!names.hostTypes.contains(type)) {
                        throw counts.error(type, "no host type named '" + type + "' (host types: " + String.join(", ", names.hostTypes) + ")");
                    }
                    hosts.put(type, (int) Math.min(Integer.MAX_VALUE, counts.wholeNumber(type, 0)));
                }
                counts.done();
                dc.done();
                datacenters.add(new DatacenterSpec(name, site, Collections.unmodifiableMap(hosts)));
            }
            node.done();
            operators.add(new Operator(name, List.copyOf(datacenters)));
        }
        if (operators.stream().allMatch(o -> o.datacenters().isEmpty())) {
            throw root.error("operators", "at least one operator needs a datacenter");
        }
        return List.copyOf(operators);
    }

    private static List<WorkloadSpec> workloads(ScenarioNode root, Names names, List<String> operatorNames,
                                                List<HostType> hostTypes) {
        List<WorkloadSpec> workloads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, DemandShape> shapes = new LinkedHashMap<>();
        if (root.has("shapes")) {
            ScenarioNode shapesNode = root.mapping("shapes");
            for (String shapeName : shapesNode.keys()) {
                ScenarioNode shapeNode = shapesNode.mapping(shapeName);
                shapes.put(shapeName, shape(shapeNode, hostTypes));
                shapeNode.done();
            }
            shapesNode.done();
        }
        for (ScenarioNode node : root.list("workloads")) {
            String name = unique(node, seen);
            String operator = reference(node, "operator", operatorNames);
            String origin = reference(node, "origin", names.cities);
            ArrivalSpec arrivals = arrivals(node.mapping("arrivals"));
            DemandShape shape;
            if (node.has("shape")) {
                for (String own : List.of("flavours", "lifetime", "cpuUsage")) {
                    if (node.has(own)) {
                        throw node.error(own, "a stream gives either a shape or its own flavours, lifetime and cpuUsage, not both");
                    }
                }
                String shapeName = reference(node, "shape", List.copyOf(shapes.keySet()));
                shape = shapes.get(shapeName);
            } else {
                shape = shape(node, hostTypes);
            }
            OptionalDouble latencyLimit = node.has("latencyLimit")
                ? OptionalDouble.of(node.quantity("latencyLimit", Units.Kind.DURATION)) : OptionalDouble.empty();
            node.done();
            workloads.add(new WorkloadSpec(name, operator, origin, arrivals, shape.flavours(), shape.lifetime(),
                shape.cpuUsage(), latencyLimit));
        }
        return List.copyOf(workloads);
    }

    /** What each request of a stream looks like: sizes, lifetimes and CPU use, given in place or as a named shape. */
    private record DemandShape(List<Flavour> flavours, DistributionSpec lifetime, UsageSpec cpuUsage) {
    }

    private static DemandShape shape(ScenarioNode node, List<HostType> hostTypes) {
        int largestHostCores = hostTypes.stream().mapToInt(HostType::cores).max().orElse(0);
        long largestHostMemory = hostTypes.stream().mapToLong(HostType::memoryMib).max().orElse(0);
        List<Flavour> flavours = new ArrayList<>();
        for (ScenarioNode f : node.list("flavours")) {
            int cores = (int) Math.min(Integer.MAX_VALUE, f.wholeNumber("cores", 1));
            long memory = Math.round(f.quantity("memory", Units.Kind.MEMORY));
            double weight = f.number("weight");
            if (!(weight > 0)) {
                throw f.error("weight", "must be greater than zero");
            }
            if (cores > largestHostCores || memory > largestHostMemory) {
                throw f.error("no host type is large enough for a VM of %d cores and %d MiB".formatted(cores, memory));
            }
            f.done();
            flavours.add(new Flavour(cores, memory, weight));
        }
        if (flavours.isEmpty()) {
            throw node.error("flavours", "at least one flavour is needed");
        }
        ScenarioNode lifetimeNode = node.mapping("lifetime");
        DistributionSpec lifetime = DURATIONS.read(lifetimeNode);
        lifetimeNode.done();
        ScenarioNode usageNode = node.mapping("cpuUsage");
        DistributionSpec level = SHARES.read(usageNode);
        boolean followsDiurnal = usageNode.bool("followsDiurnal", false);
        usageNode.done();
        return new DemandShape(List.copyOf(flavours), lifetime, new UsageSpec(level, followsDiurnal));
    }

    private static ArrivalSpec arrivals(ScenarioNode node) {
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
        node.done();
        return new ArrivalSpec(rate, diurnal, List.copyOf(bursts));
    }

    /** {@code hourly:} 24 factors, one per hour from midnight, in place of the cosine of {@code diurnal:}. */
    private static HourlyProfile hourlyProfile(ScenarioNode node) {
        if (node.has("diurnal")) {
            throw node.error("diurnal", "give either diurnal or hourly, not both");
        }
        if (!node.isList("hourly")) {
            throw node.error("hourly", "give 24 factors, one for each hour from midnight");
        }
        double[] factors = hourly(node, "hourly", null).byHour();
        if (Arrays.stream(factors).allMatch(f -> f == 0)) {
            throw node.error("hourly", "at least one hour needs a factor above 0");
        }
        return HourlyProfile.normalised(factors);
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
            weights = new DatacenterWeights(w.number("distance", 0), w.number("load", 0), w.number("carbon", 0), w.number("price", 0));
            for (String key : List.of("distance", "load", "carbon", "price")) {
                if (w.has(key) && !(w.number(key) >= 0 && w.number(key) <= 1000)) {
                    throw w.error(key, "a weigher's multiplier is between 0 (off) and 1000");
                }
            }
            w.done();
        }
        return new PlacementSpec(policy, cpu, memory, weights);
    }

    /** One value, or a list of 24 values for the hours of the day; plain numbers when {@code kind} is null. */
    private static HourlyValue hourly(ScenarioNode node, String key, Units.Kind kind) {
        if (!node.isList(key)) {
            return HourlyValue.constant(kind == null ? node.number(key) : node.quantityOrZero(key, kind));
        }
        List<ScenarioNode> hours = node.list(key);
        if (hours.size() != 24) {
            throw node.error(key, "give one value or 24, one for each hour from midnight; found " + hours.size());
        }
        double[] values = new double[24];
        for (int h = 0; h < 24; h++) {
            ScenarioNode hour = hours.get(h);
            try {
                values[h] = kind == null ? requireNumber(hour) : Units.parse(hour.value().asText(), kind);
            } catch (IllegalArgumentException e) {
                throw hour.error(e.getMessage());
            }
            if (values[h] < 0) {
                throw hour.error("must not be negative");
            }
        }
        return new HourlyValue(values);
    }

    private static double requireNumber(ScenarioNode value) {
        if (!value.value().isNumber()) {
            throw value.error("expected a number but found '" + value.value().asText() + "'");
        }
        return value.value().asDouble();
    }

    private static LatencyModel latency(ScenarioNode node, Names names) {
        double perKm = node.quantity("perKm", Units.Kind.DURATION, LatencyModel.DEFAULT.secondsPerKm());
        double routeFactor = node.number("routeFactor", LatencyModel.DEFAULT.routeFactor());
        if (!(routeFactor >= 1 && routeFactor <= 10)) {
            throw node.error("routeFactor", "a route is at least as long as the straight line: between 1 and 10; found " + routeFactor);
        }
        double equipment = node.quantity("equipment", Units.Kind.DURATION, LatencyModel.DEFAULT.equipmentS());
        Map<String, Map<String, Double>> measured = new LinkedHashMap<>();
        if (node.has("measured")) {
            ScenarioNode byCity = node.mapping("measured");
            for (String city : byCity.keys()) {
                if (!names.cities.contains(city)) {
                    throw byCity.error(city, "no city named '" + city + "' (known: " + String.join(", ", names.cities) + ")");
                }
                ScenarioNode bySite = byCity.mapping(city);
                Map<String, Double> toSites = new LinkedHashMap<>();
                for (String site : bySite.keys()) {
                    if (!names.sites.contains(site)) {
                        throw bySite.error(site, "no site named '" + site + "' (known: " + String.join(", ", names.sites) + ")");
                    }
                    toSites.put(site, bySite.quantityOrZero(site, Units.Kind.DURATION));
                }
                bySite.done();
                measured.put(city, Collections.unmodifiableMap(toSites));
            }
            byCity.done();
        }
        node.done();
        return new LatencyModel(perKm, routeFactor, equipment, Collections.unmodifiableMap(measured));
    }

    private static GeoPoint location(ScenarioNode node) {
        return new GeoPoint(node.number("latitude", -90, 90), node.number("longitude", -180, 180));
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

    /** The names that later parts of a file may refer to. */
    private static final class Names {
        final List<String> sites;
        final List<String> cities;
        final List<String> hostTypes;

        Names(List<Site> sites, List<City> cities, List<HostType> hostTypes) {
            this.sites = sites.stream().map(Site::name).toList();
            this.cities = cities.stream().map(City::name).toList();
            this.hostTypes = hostTypes.stream().map(HostType::name).toList();
        }
    }
}
