package org.yrdsim.scenario;

import java.util.Map;

/**
 * One operator's datacenter at one site.
 *
 * @param hosts host counts by host-type name, in file order
 */
public record DatacenterSpec(String operator, String site, Map<String, Integer> hosts) {
    /** The name results use for this datacenter: {@code operator@site}. */
    public String name() {
        return operator + "@" + site;
    }
}
