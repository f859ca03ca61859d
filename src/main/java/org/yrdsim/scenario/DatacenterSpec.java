package org.yrdsim.scenario;

import org.yrdsim.scenario.trace.TraceProvenance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operator's datacenter at one site, built in one phase or several.
 *
 * @param phases     when which hosts come into service, in file order; a datacenter written with
 *                   {@code hosts:} alone has one phase at time 0
 * @param hostsTrace how the machine list its hosts were read from was read ({@code hosts: {fromTrace: ...}}), if any
 */
public record DatacenterSpec(String operator, String site, List<Commissioning> phases, Optional<TraceProvenance> hostsTrace) {
    /** The name results use for this datacenter: {@code operator@site}. */
    public String name() {
        return operator + "@" + site;
    }

    /** Host counts by host-type name over all its phases, as written: the datacenter once fully built. */
    public Map<String, Integer> hosts() {
        Map<String, Integer> all = new LinkedHashMap<>();
        phases.forEach(phase -> phase.hosts().forEach((type, n) -> all.merge(type, n, Integer::sum)));
        return all;
    }

    /** Its phases in the order they come into service (file order among phases of the same time). */
    public List<Commissioning> phasesInOrder() {
        return phases.stream().sorted(Comparator.comparingDouble(Commissioning::at)).toList();
    }
}
