package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;

import java.util.List;

/**
 * What a summary records about the scenario of its run, under {@code scenario}.
 *
 * @param question  what the scenario asks (its {@code question:}); null (left out) when it does not say
 * @param scaleNote why a run below scale 1 turns away more than the full cluster would; null at scale 1
 * @param overrides the {@code --set} overrides the scenario was read with
 */
public record ScenarioFacts(String name, String description,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String question, String file, long seed, double scale,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String scaleNote,
                            double durationS, double sampleIntervalS, double warmupS, String hostPolicy,
                            int agreements, List<String> overrides) {

    public static ScenarioFacts of(RunResult run, List<ScenarioOverride> overrides) {
        Scenario s = run.scenario();
        return new ScenarioFacts(s.name(), s.description(), s.question().isEmpty() ? null : s.question(), s.sourceFile(),
            run.seed(), s.simulation().scale(),
            s.simulation().scaleNote().orElse(null), s.simulation().duration(), s.simulation().sampleInterval(),
            s.simulation().warmup(), s.placement().hostPolicy().spelling(), s.agreements().size(),
            overrides.stream().map(ScenarioOverride::toString).toList());
    }
}
