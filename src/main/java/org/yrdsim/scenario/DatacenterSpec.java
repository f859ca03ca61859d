package org.yrdsim.scenario;

import org.yrdsim.scenario.trace.TraceProvenance;

import java.util.Map;
import java.util.Optional;

/**
 * One operator's datacenter at one site.
 *
 * @param hosts      host counts by host-type name, in file order
 * @param hostsTrace how the machine list its hosts were read from was read ({@code hosts: {fromTrace: ...}}), if any
 */
public record DatacenterSpec(String operator, String site, Map<String, Integer> hosts, Optional<TraceProvenance> hostsTrace) {
    /** The name results use for this datacenter: {@code operator@site}. */
    public String name() {
        return operator + "@" + site;
    }
}
