package org.yrdsim.study;

import org.yrdsim.report.ResultNames;
import org.yrdsim.scenario.ScenarioOverride;

import java.util.List;
import java.util.stream.Collectors;

/** One point of a sweep or a capacity search: the overrides that make it from the scenario. */
public record Point(List<ScenarioOverride> overrides) {

    /** A file-name-safe key, e.g. {@code hostPolicy=worst-fit__scale=0.25}. */
    public String key() {
        return ResultNames.shorten(overrides.stream().map(ScenarioOverride::label).collect(Collectors.joining("__")));
    }

    /** The value given to each varied key, in order. */
    public List<String> values() {
        return overrides.stream().map(ScenarioOverride::value).toList();
    }

    @Override
    public String toString() {
        return overrides.stream().map(ScenarioOverride::toString).collect(Collectors.joining(", "));
    }
}
