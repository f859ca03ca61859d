package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When a target on one scope's figure first changed state: met from that day on where it was
 * missed on the first measured day (a site filling up to 65% of its racks), or missed where it
 * was met (demand outgrowing the hosts: rejections above their bound).
 *
 * @param scope           {@code cluster}, {@code site:<name>} or {@code operator:<name>}
 * @param target          as written, such as {@code rackUtilisation>=0.65}
 * @param metAtStart      whether the first measured day met it
 * @param firstCrossedDay the first day (counted from the start, day 0) whose figure is on the other
 *                        side of the bound; null (left out of JSON) when it never crossed
 */
public record TargetCrossing(String scope, String target, boolean metAtStart,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer firstCrossedDay) {
    /** In words: {@code met from day 212}, {@code missed from day 400}, {@code met throughout}. */
    public String words() {
        if (firstCrossedDay == null) {
            return metAtStart ? "met throughout" : "missed throughout";
        }
        return (metAtStart ? "missed" : "met") + " from day " + firstCrossedDay;
    }
}
