package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.Target;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of a run, as {@code summary.json} holds them (Jackson writes the
 * components in this order). The cluster's own figures sit at the top level, beside the sections;
 * {@link MeasuredWindow} says which samples they cover.
 *
 * @param verdict            how the run stands against the scenario's targets
 * @param traces             per trace file the run read (request traces by stream, machine lists by
 *                           datacenter, usage traces by synthetic stream), what it gave
 * @param peakRequestedCores most cores asked for at once over the whole run, placed or not
 * @param nPlusOneShare      share of the measured samples at which the rest of the cluster could
 *                           take in everything on its largest datacenter
 * @param queue              waits, abandonments and queue lengths; null (left out) when no stream queues
 * @param crossings          per site, operator and the cluster, the first day each of the scenario's
 *                           daily targets changed from met to missed or back (replication 0's)
 * @param replications       the figures over all replications of a replicated run, whose other
 *                           components are those of replication 0; null (left out) for a single run
 */
public record Summary(int schemaVersion, ScenarioFacts scenario, Verdict verdict, Map<String, TraceAccount> traces,
                      @JsonUnwrapped ScopeFigures cluster, double peakRequestedCores, double nPlusOneShare,
                      LatencyFigures latency, @JsonInclude(JsonInclude.Include.NON_NULL) QueueFigures queue,
                      SharingFigures sharing, Map<String, ScopeFigures> sites,
                      Map<String, ScopeFigures> operators, Map<String, ScopeFigures> datacenters,
                      List<TargetCrossing> crossings,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Replications replications) {
    /**
     * Raised whenever a figure is renamed, removed or changes meaning, or a section is added;
     * readers refuse other versions. 2 added {@code traces}, the provenance of trace streams; 3 made
     * {@code peakRequestedCores} a number that may be fractional, as requests are sized in milli-cores;
     * 4 put machine lists and usage traces in {@code traces}, each entry with its {@code use}, renamed
     * {@code requests} there to {@code produced}, and gave request traces their {@code initialState}.
     * 5 added the {@code verdict} on the scenario's targets and {@code scenario.question}; 6 added
     * {@code crossings}, the first day each target was crossed; 7 added {@code queue}, the waits of
     * streams that queue.
     */
    public static final int SCHEMA_VERSION = 7;

    /** Reads the sections; the cluster's figures, at the top level, are read past the sections' names. */
    private static final ObjectMapper READER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static Summary of(RunResult run, List<ScenarioOverride> overrides) {
        MeasuredWindow window = new MeasuredWindow(run);
        Map<String, TraceAccount> traces = new LinkedHashMap<>();
        for (TraceProvenance t : run.traces()) {
            traces.put(t.stream(), TraceAccount.of(t));
        }
        Map<String, ScopeFigures> sites = new LinkedHashMap<>();
        Map<String, ScopeFigures> operators = new LinkedHashMap<>();
        Map<String, ScopeFigures> datacenters = new LinkedHashMap<>();
        for (Scope scope : run.series().keySet()) {
            switch (scope.kind()) {
                case SITE -> sites.put(scope.name(), window.figures(scope));
                case OPERATOR -> operators.put(scope.name(), window.figures(scope));
                case DATACENTER -> datacenters.put(scope.name(), window.figures(scope));
                case CLUSTER -> {
                }
            }
        }
        return new Summary(SCHEMA_VERSION, ScenarioFacts.of(run, overrides), Verdict.NONE, traces, window.figures(Scope.CLUSTER),
            run.peakRequestedCores(), window.measuredMean(run.series().get(Scope.CLUSTER).values(Metric.N_PLUS_ONE)),
            LatencyFigures.of(run.latenciesMs(), run.scenario()), QueueFigures.of(run, window), SharingFigures.of(run),
            sites, operators, datacenters, TargetCrossings.of(run), null)
            .judged(run.scenario().targets());
    }

    /**
     * This summary with the figures over all replications added, and its targets judged again on
     * them: with replications a target is met only if the figure's whole interval meets it.
     */
    public Summary withReplications(Replications block) {
        List<Target> targets = verdict.targets().stream().map(Verdict.TargetVerdict::asTarget).toList();
        return new Summary(schemaVersion, scenario, verdict, traces, cluster, peakRequestedCores, nPlusOneShare, latency, queue, sharing,
            sites, operators, datacenters, crossings, block).judged(targets);
    }

    private Summary judged(List<Target> targets) {
        Verdict judged = targets.isEmpty() ? Verdict.NONE : Verdict.of(targets, ReplicatedFigures.from(this).figures(), sites.keySet(), operators.keySet(),
            datacenters.keySet());
        return new Summary(schemaVersion, scenario, judged, traces, cluster, peakRequestedCores, nPlusOneShare, latency, queue, sharing,
            sites, operators, datacenters, crossings, replications);
    }

    /**
     * Reads a summary as {@link #of} makes and Jackson writes it. Jackson cannot yet fill a record
     * component that is {@link JsonUnwrapped}, so the sections are read one by one.
     *
     * @throws JsonProcessingException if a part has the wrong shape
     */
    public static Summary fromJson(JsonNode json) throws JsonProcessingException {
        JsonNode replications = json.get("replications");
        return new Summary(json.path("schemaVersion").asInt(),
            READER.treeToValue(json.get("scenario"), ScenarioFacts.class),
            json.hasNonNull("verdict") ? READER.treeToValue(json.get("verdict"), Verdict.class) : Verdict.NONE,
            READER.convertValue(json.get("traces"), new TypeReference<LinkedHashMap<String, TraceAccount>>() {
            }),
            READER.treeToValue(json, ScopeFigures.class),
            json.path("peakRequestedCores").asDouble(), json.path("nPlusOneShare").asDouble(),
            READER.treeToValue(json.get("latency"), LatencyFigures.class),
            json.hasNonNull("queue") ? READER.treeToValue(json.get("queue"), QueueFigures.class) : null,
            READER.treeToValue(json.get("sharing"), SharingFigures.class),
            scopes(json.get("sites")), scopes(json.get("operators")), scopes(json.get("datacenters")),
            READER.convertValue(json.get("crossings"), new TypeReference<List<TargetCrossing>>() {
            }),
            replications == null || replications.isNull() ? null : Replications.fromJson(replications));
    }

    private static Map<String, ScopeFigures> scopes(JsonNode json) {
        return READER.convertValue(json, new TypeReference<LinkedHashMap<String, ScopeFigures>>() {
        });
    }
}
