package org.yrdsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Host failures and scheduled outages.
 *
 * @param timeBetweenFailures each host's time from repair to its next failure (s), if hosts fail at random
 * @param repairTime          how long a failed host stays down (s)
 * @param outages             whole datacenters or sites down for a stretch of time
 */
public record FailureSpec(Optional<DistributionSpec> timeBetweenFailures, Optional<DistributionSpec> repairTime,
                          List<Outage> outages) {
    public static final FailureSpec NONE = new FailureSpec(Optional.empty(), Optional.empty(), List.of());

    /**
     * @param site       the site that goes down, or empty when one datacenter does
     * @param datacenter the datacenter ({@code operator@site}) that goes down, or empty when a site does
     */
    public record Outage(Optional<String> site, Optional<String> datacenter, double start, double duration) {
        public boolean covers(DatacenterSpec dc) {
            return site.map(dc.site()::equals).orElse(false) || datacenter.map(dc.name()::equals).orElse(false);
        }
    }
}
