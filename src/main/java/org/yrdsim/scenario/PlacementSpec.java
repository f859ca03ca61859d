package org.yrdsim.scenario;

/**
 * @param hostPolicy       how a host is chosen inside a datacenter
 * @param cpuOvercommit    virtual cores a host offers per physical core (at least 1)
 * @param memoryOvercommit memory a host offers per MiB installed (at least 1)
 * @param weights          how candidate datacenters are ordered
 */
public record PlacementSpec(HostPolicy hostPolicy, double cpuOvercommit, double memoryOvercommit,
                            DatacenterWeights weights) {
}
