package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.List;

/**
 * How long requests of queueing streams waited for room, over the measured window. Waits and
 * slowdowns are those of the requests that started (a request that found room at once waited 0);
 * one that gave up after its longest wait is counted, not averaged in.
 *
 * @param started           requests that started after the warm-up
 * @param waited            of those, the ones that waited at all
 * @param abandoned         requests that gave up after the warm-up, their longest wait over
 * @param stillWaiting      requests still waiting when the run ended
 * @param meanWaitS         mean wait (s) of the started requests
 * @param p95WaitS          95th percentile of the waits
 * @param maxWaitS          longest wait of a request that started
 * @param meanSlowdown      mean of (wait + lifetime) / lifetime (1 for a request that did not wait)
 * @param p95Slowdown       95th percentile of the slowdowns
 * @param meanQueueLength   requests waiting, averaged over the samples (not for a stream: samples count by operator)
 * @param peakQueueLength   most requests waiting at a sample
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitFigures(long started, long waited, long abandoned, long stillWaiting, double meanWaitS, double p95WaitS,
                          double maxWaitS, double meanSlowdown, double p95Slowdown, Double meanQueueLength,
                          Long peakQueueLength) {

    static WaitFigures of(List<WaitLog.Waits> parts, Double meanQueueLength, Long peakQueueLength) {
        double[] waits = parts.stream().flatMapToDouble(p -> Arrays.stream(p.waits())).toArray();
        double[] slowdowns = parts.stream().flatMapToDouble(p -> Arrays.stream(p.slowdowns())).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        boolean any = waits.length > 0;
        return new WaitFigures(waits.length, Arrays.stream(waits).filter(w -> w > 0).count(),
            parts.stream().mapToLong(WaitLog.Waits::abandoned).sum(), parts.stream().mapToLong(WaitLog.Waits::stillWaiting).sum(),
            any ? Arrays.stream(waits).average().orElseThrow() : 0, any ? percentile.evaluate(waits, 95) : 0,
            any ? Arrays.stream(waits).max().orElseThrow() : 0,
            any ? Arrays.stream(slowdowns).average().orElseThrow() : 0, any ? percentile.evaluate(slowdowns, 95) : 0,
            meanQueueLength, peakQueueLength);
    }
}
