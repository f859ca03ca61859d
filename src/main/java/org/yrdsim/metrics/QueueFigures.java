package org.yrdsim.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The waiting queue's figures, for the cluster, each operator whose requests may queue and each
 * stream that queues; absent from summary.json when no stream queues.
 */
public record QueueFigures(WaitFigures cluster, Map<String, WaitFigures> operators, Map<String, WaitFigures> streams) {

    /** The figures of a run, or null when none of its streams queues. */
    static QueueFigures of(RunResult run, MeasuredWindow window) {
        WaitLog log = run.waits();
        if (!log.any()) {
            return null;
        }
        Map<String, WaitFigures> operators = new LinkedHashMap<>();
        for (String operator : log.operators()) {
            double[] queued = run.series().get(Scope.operator(operator)).values(Metric.QUEUED);
            operators.put(operator, WaitFigures.of(log.select(null, operator), window.measuredMean(queued), Math.round(window.measuredMax(queued))));
        }
        Map<String, WaitFigures> streams = new LinkedHashMap<>();
        for (String stream : log.streams()) {
            streams.put(stream, WaitFigures.of(log.select(stream, null), null, null));
        }
        double[] queued = run.series().get(Scope.CLUSTER).values(Metric.QUEUED);
        return new QueueFigures(WaitFigures.of(log.select(null, null), window.measuredMean(queued), Math.round(window.measuredMax(queued))),
            operators, streams);
    }
}
