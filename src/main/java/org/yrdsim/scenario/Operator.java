package org.yrdsim.scenario;

import java.util.List;

/** A company that owns datacenters in the cluster and the demand addressed to it. */
public record Operator(String name, List<DatacenterSpec> datacenters) {
}
