package org.yrdsim.cluster;

import org.cloudsimplus.datacenters.Datacenter;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Site;

import java.util.List;

/** One operator's datacenter at one site, as built in CloudSim Plus. */
public record ClusterDatacenter(DatacenterSpec spec, Site site, Datacenter datacenter, List<ClusterHost> hosts) {
    /** Virtual cores offered by all its hosts. */
    public long offeredCores() {
        return hosts.stream().mapToLong(ClusterHost::getPesNumber).sum();
    }

    public String name() {
        return spec.name();
    }

    public String operator() {
        return spec.operator();
    }
}
