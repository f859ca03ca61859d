package org.yrdsim.scenario;

/**
 * @param hostPolicy       how a host is chosen inside a datacenter
 * @param overflow         whether a request may go to other operators' datacenters when its own are full
 * @param cpuOvercommit    virtual cores a host offers per physical core (at least 1)
 * @param memoryOvercommit memory a host offers per MiB installed (at least 1)
 */
public record PlacementSpec(HostPolicy hostPolicy, boolean overflow, double cpuOvercommit, double memoryOvercommit) {
}
