package org.yrdsim.metrics;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every figure of a summary, defined once: its key (the dot path of its value in summary.json:
 * {@code rejectionRate}, {@code allocatedCpu.p95}, {@code operators.alibaba.rejectionRate}), its
 * name and unit ({@link Figure}), and how it is read from the typed {@link Summary}. Console,
 * reports, CSV files and {@code plan --target} take their names from here.
 */
public final class SummaryFigures {
    /**
     * A figure and how it is read from the part of the summary that holds it; null where that
     * part lacks it, as in a summary of a scope that receives no requests, or one cut short.
     */
    private record Defined<T>(Figure figure, Function<T, Number> read) {
        void put(String keyPrefix, T part, Map<String, Double> out) {
            Number value = part == null ? null : read.apply(part);
            if (value != null) {
                out.put(keyPrefix + figure.key(), Rounding.figure(value.doubleValue()));
            }
        }
    }

    /** What every scope has: the cluster at the top level, each site under {@code sites.<name>.} and so on. */
    private static final List<Defined<ScopeFigures>> OF_SCOPE = ofScope();

    /** What the cluster alone has. */
    private static final List<Defined<Summary>> OF_CLUSTER = List.of(
        defined("peakRequestedCores", "peak cores requested", Figure.Unit.NUMBER, Summary::peakRequestedCores),
        defined("nPlusOneShare", "time with N+1 headroom", Figure.Unit.SHARE, Summary::nPlusOneShare),
        defined("latency.meanMs", "mean latency", Figure.Unit.MILLISECONDS, s -> within(s.latency(), LatencyFigures::meanMs)),
        defined("latency.p50Ms", "median latency", Figure.Unit.MILLISECONDS, s -> within(s.latency(), LatencyFigures::p50Ms)),
        defined("latency.p95Ms", "latency p95", Figure.Unit.MILLISECONDS, s -> within(s.latency(), LatencyFigures::p95Ms)),
        defined("latency.maxMs", "max latency", Figure.Unit.MILLISECONDS, s -> within(s.latency(), LatencyFigures::maxMs)));

    /** Per limit in ms, the share of placed requests within it. */
    private static final String WITHIN_MS = "latency.shareWithinMs.";

    /** What each operator's sharing agreements did, under {@code sharing.operators.<name>.}. */
    private static final String SHARING = "sharing.operators.";
    /** The waiting queue's figures, of the cluster, of each operator and of each stream that queues. */
    private static final String QUEUE = "queue.";
    private static final List<Defined<WaitFigures>> OF_QUEUE = List.of(
        defined("started", "requests started", Figure.Unit.NUMBER, WaitFigures::started),
        defined("waited", "requests that waited", Figure.Unit.NUMBER, WaitFigures::waited),
        defined("abandoned", "requests abandoned", Figure.Unit.NUMBER, WaitFigures::abandoned),
        defined("stillWaiting", "requests still waiting", Figure.Unit.NUMBER, WaitFigures::stillWaiting),
        defined("meanWaitS", "mean wait", Figure.Unit.SECONDS, WaitFigures::meanWaitS),
        defined("p95WaitS", "wait p95", Figure.Unit.SECONDS, WaitFigures::p95WaitS),
        defined("maxWaitS", "longest wait", Figure.Unit.SECONDS, WaitFigures::maxWaitS),
        defined("meanSlowdown", "mean slowdown", Figure.Unit.NUMBER, WaitFigures::meanSlowdown),
        defined("p95Slowdown", "slowdown p95", Figure.Unit.NUMBER, WaitFigures::p95Slowdown),
        defined("meanQueueLength", "mean queue length", Figure.Unit.NUMBER, WaitFigures::meanQueueLength),
        defined("peakQueueLength", "peak queue length", Figure.Unit.NUMBER, WaitFigures::peakQueueLength));
    private static final List<Defined<SharingFigures.OperatorSharing>> OF_SHARING = List.of(
        defined("borrowedCoreHours", "borrowed", Figure.Unit.CORE_HOURS, SharingFigures.OperatorSharing::borrowedCoreHours),
        defined("lentCoreHours", "lent", Figure.Unit.CORE_HOURS, SharingFigures.OperatorSharing::lentCoreHours),
        defined("paidYuan", "paid for borrowing", Figure.Unit.YUAN, SharingFigures.OperatorSharing::paidYuan),
        defined("earnedYuan", "earned by lending", Figure.Unit.YUAN, SharingFigures.OperatorSharing::earnedYuan),
        defined("rejectionsWithoutSharing", "rejections without sharing", Figure.Unit.NUMBER,
            SharingFigures.OperatorSharing::rejectionsWithoutSharing));

    /** The prefix of each kind of scope but the cluster, and what a reader calls that kind. */
    private static final Map<String, String> SCOPE_PREFIXES = Map.of("sites.", "site", "operators.", "operator",
        "datacenters.", "datacenter");

    /** The figures a run, comparison, sweep or report puts first, in that order. */
    public static final List<Figure> HEADLINES = Stream.of("allocatedCpu.mean", "allocatedCpu.p95", "allocatedMemory.mean",
        "usedCpu.mean", "rackUtilisation.mean", "rejectionRate", "rejections", "peakConcurrentVms", "lost", "nPlusOneShare",
        "latency.p95Ms", "pue", "facilityEnergyKwh", "carbonTonnes", "costYuan").map(key -> figure(key).orElseThrow()).toList();

    private SummaryFigures() {
    }

    private static List<Defined<ScopeFigures>> ofScope() {
        List<Defined<ScopeFigures>> out = new ArrayList<>();
        for (CapacityShare share : CapacityShare.values()) {
            out.add(defined(share.key() + ".mean", share.label(), Figure.Unit.SHARE, f -> within(share.stats(f), LevelStats::mean)));
            out.add(defined(share.key() + ".p95", share.label() + " p95", Figure.Unit.SHARE, f -> within(share.stats(f), LevelStats::p95)));
            out.add(defined(share.key() + ".peak", share.label() + " peak", Figure.Unit.SHARE,
                f -> within(share.stats(f), LevelStats::peak)));
        }
        out.addAll(List.of(
            defined("hosts", "hosts", Figure.Unit.NUMBER, ScopeFigures::hosts),
            defined("arrivals", "VM requests", Figure.Unit.NUMBER, ScopeFigures::arrivals),
            defined("placements", "VMs placed", Figure.Unit.NUMBER, ScopeFigures::placements),
            defined("rejections", "rejections", Figure.Unit.NUMBER, ScopeFigures::rejections),
            defined("rejectionRate", "rejection rate", Figure.Unit.SHARE, ScopeFigures::rejectionRate),
            defined("peakConcurrentVms", "peak VMs at once", Figure.Unit.NUMBER, ScopeFigures::peakConcurrentVms),
            defined("replaced", "VMs moved off failed hosts", Figure.Unit.NUMBER, ScopeFigures::replaced),
            defined("lost", "VMs lost to failures", Figure.Unit.NUMBER, ScopeFigures::lost),
            defined("itEnergyKwh", "IT energy", Figure.Unit.KWH, ScopeFigures::itEnergyKwh),
            defined("facilityEnergyKwh", "facility energy", Figure.Unit.KWH, ScopeFigures::facilityEnergyKwh),
            defined("pue", "PUE", Figure.Unit.NUMBER, ScopeFigures::pue),
            defined("carbonTonnes", "carbon", Figure.Unit.TONNES, ScopeFigures::carbonTonnes),
            defined("costYuan", "energy cost", Figure.Unit.YUAN, ScopeFigures::costYuan)));
        return List.copyOf(out);
    }

    /** A value of a section of the summary, or null without the section. */
    private static <P> Number within(P section, Function<P, Number> read) {
        return section == null ? null : read.apply(section);
    }

    private static <T> Defined<T> defined(String key, String name, Figure.Unit unit, Function<T, Number> read) {
        return new Defined<>(new Figure(key, name, unit), read);
    }

    /**
     * Every figure of a summary apart from its replications block, in the order summary.json holds
     * them, each rounded as summary.json writes it ({@link Rounding}): statistics over replications
     * are computed from the values a reader of the file sees.
     */
    public static Map<String, Double> flatten(Summary summary) {
        Map<String, Double> out = new LinkedHashMap<>();
        OF_SCOPE.forEach(d -> d.put("", summary.cluster(), out));
        OF_CLUSTER.forEach(d -> d.put("", summary, out));
        if (summary.latency() != null && summary.latency().shareWithinMs() != null) {
            summary.latency().shareWithinMs().forEach((ms, share) -> out.put(WITHIN_MS + ms, Rounding.figure(share)));
        }
        if (summary.queue() != null) {
            OF_QUEUE.forEach(d -> d.put(QUEUE + "cluster.", summary.queue().cluster(), out));
            summary.queue().operators().forEach((name, waits) -> OF_QUEUE.forEach(d -> d.put(QUEUE + "operators." + name + ".", waits, out)));
            summary.queue().streams().forEach((name, waits) -> OF_QUEUE.forEach(d -> d.put(QUEUE + "streams." + name + ".", waits, out)));
        }
        if (summary.sharing() != null && summary.sharing().operators() != null) {
            summary.sharing().operators().forEach((name, sharing) -> OF_SHARING.forEach(d -> d.put(SHARING + name + ".", sharing, out)));
        }
        scopes("sites.", summary.sites(), out);
        scopes("operators.", summary.operators(), out);
        scopes("datacenters.", summary.datacenters(), out);
        return out;
    }

    private static void scopes(String prefix, Map<String, ScopeFigures> scopes, Map<String, Double> out) {
        if (scopes != null) {
            scopes.forEach((name, f) -> OF_SCOPE.forEach(d -> d.put(prefix + name + ".", f, out)));
        }
    }

    /**
     * Refuses a target on a figure that a run of {@code scenario} will not have, naming where the
     * target was written (the option, or the scenario file's line and key), before anything runs.
     */
    public static void requireKnown(List<Target> targets, Scenario scenario) {
        Set<String> names = namesFor(scenario);
        for (Target t : targets) {
            if (!names.contains(t.figure())) {
                throw new BadInputException(t.where() + ": no figure named '" + t.figure() + "' in summary.json (cluster figures: "
                    + String.join(", ", names.stream().filter(SummaryFigures::isClusterFigure).toList())
                    + "; others as sites.<name>.pue, operators.<name>.rejectionRate, ...)");
            }
        }
    }

    /** The figure a key names, with a name that says whose it is ({@code site qingpu: rack utilisation}). */
    static Optional<Figure> figure(String key) {
        for (Defined<?> d : OF_SCOPE) {
            if (d.figure().key().equals(key)) {
                return Optional.of(d.figure());
            }
        }
        for (Defined<?> d : OF_CLUSTER) {
            if (d.figure().key().equals(key)) {
                return Optional.of(d.figure());
            }
        }
        if (key.startsWith(WITHIN_MS) && key.substring(WITHIN_MS.length()).matches("[0-9]+(\\.[0-9]+)?")) {
            return Optional.of(new Figure(key, "placed within " + key.substring(WITHIN_MS.length()) + " ms", Figure.Unit.SHARE));
        }
        if (key.startsWith(QUEUE + "cluster.")) {
            return OF_QUEUE.stream().map(Defined::figure).filter(f -> key.equals(QUEUE + "cluster." + f.key()))
                .findFirst().map(f -> new Figure(key, f.name(), f.unit()));
        }
        if (key.startsWith(QUEUE + "operators.")) {
            return owned(key, QUEUE + "operators.", "operator", OF_QUEUE);
        }
        if (key.startsWith(QUEUE + "streams.")) {
            return owned(key, QUEUE + "streams.", "stream", OF_QUEUE);
        }
        if (key.startsWith(SHARING)) {
            return owned(key, SHARING, "operator", OF_SHARING);
        }
        for (Map.Entry<String, String> scope : SCOPE_PREFIXES.entrySet()) {
            if (key.startsWith(scope.getKey())) {
                return owned(key, scope.getKey(), scope.getValue(), OF_SCOPE);
            }
        }
        return Optional.empty();
    }

    /** A figure of a named part: {@code <prefix><name>.<figure key>}. */
    private static Optional<Figure> owned(String key, String prefix, String kind, List<? extends Defined<?>> figures) {
        for (Defined<?> d : figures) {
            String suffix = "." + d.figure().key();
            if (key.endsWith(suffix) && key.length() > prefix.length() + suffix.length()) {
                String owner = key.substring(prefix.length(), key.length() - suffix.length());
                return Optional.of(new Figure(key, kind + " " + owner + ": " + d.figure().name(), d.figure().unit()));
            }
        }
        return Optional.empty();
    }

    /** Whether a flat name is a cluster-wide figure (not one of a site, operator, datacenter or stream). */
    public static boolean isClusterFigure(String name) {
        return !(name.startsWith("sites.") || name.startsWith("operators.") || name.startsWith("datacenters.")
            || name.startsWith("queue.operators.") || name.startsWith("queue.streams."));
    }

    /**
     * The figure names a run of {@code scenario} will have in its summary, known before it runs:
     * the names of the summary of a run with one empty sample of every scope the run will have.
     */
    public static Set<String> namesFor(Scenario scenario) {
        List<DatacenterSpec> datacenters = scenario.datacenters().stream()
            .filter(dc -> dc.hosts().values().stream().anyMatch(n -> n > 0)).toList();
        List<Scope> scopes = new ArrayList<>(List.of(Scope.CLUSTER));
        scenario.sites().stream().filter(site -> datacenters.stream().anyMatch(dc -> dc.site().equals(site.name())))
            .forEach(site -> scopes.add(Scope.site(site.name())));
        scenario.operators().forEach(o -> scopes.add(Scope.operator(o.name())));
        datacenters.forEach(dc -> scopes.add(Scope.datacenter(dc.name())));
        Map<Scope, ScopeSeries> series = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            ScopeSeries empty = new ScopeSeries();
            empty.append(new double[Metric.values().length]);
            series.put(scope, empty);
        }
        Map<String, Long> withoutSharing = new LinkedHashMap<>();
        if (!scenario.agreements().isEmpty()) {
            scenario.operators().forEach(o -> withoutSharing.put(o.name(), 0L));
        }
        RunResult empty = new RunResult(scenario, 0, new double[]{0}, series, Map.of(), 0, new double[0], List.of(), withoutSharing,
            new WaitLog(scenario));
        return flatten(Summary.of(empty, List.of())).keySet();
    }
}
