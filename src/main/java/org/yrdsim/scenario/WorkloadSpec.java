package org.yrdsim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A synthetic stream of VM requests from one operator's customers in one city.
 *
 * @param flavours     VM sizes and how often each is asked for
 * @param cpuUsage     the busy share of each VM's cores
 * @param latencyLimit most one-way latency (s) from the origin city a datacenter may have to be a candidate
 * @param queue        how its requests wait when there is no room; empty: they are rejected
 */
public record WorkloadSpec(String name, String operator, String origin, ArrivalSpec arrivals,
                           List<Flavour> flavours, DistributionSpec lifetime, UsageSpec cpuUsage,
                           OptionalDouble latencyLimit, Optional<QueueSpec> queue) {
}
