package org.yrdsim.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a summary as flat names, the dot paths of its numeric leaves
 * ({@code rejectionRate}, {@code allocatedCpu.p95}, {@code operators.alibaba.rejectionRate}).
 * These are the names targets, tables and charts use.
 */
public final class SummaryFigures {
    /** Top-level keys that describe the run rather than measure it. */
    private static final List<String> NOT_FIGURES = List.of("schemaVersion", "scenario", "traces", "replications");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryFigures() {
    }

    /**
     * Every numeric leaf of a summary apart from its replications block, in summary order: the
     * names are those of the JSON Jackson writes, so they cannot differ from summary.json.
     */
    public static Map<String, Double> flatten(Summary summary) {
        Map<String, Double> out = new LinkedHashMap<>();
        JSON.valueToTree(summary).fields().forEachRemaining(e -> {
            if (!NOT_FIGURES.contains(e.getKey())) {
                collect(e.getKey(), e.getValue(), out);
            }
        });
        return out;
    }

    /** Numbers and objects of numbers; lists (the agreements, the seeds) are not figures. */
    private static void collect(String path, JsonNode value, Map<String, Double> out) {
        if (value.isNumber()) {
            out.put(path, value.asDouble());
        } else if (value.isObject()) {
            value.fields().forEachRemaining(e -> collect(path + "." + e.getKey(), e.getValue(), out));
        }
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
