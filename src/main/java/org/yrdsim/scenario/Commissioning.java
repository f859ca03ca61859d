package org.yrdsim.scenario;

import java.util.Map;

/**
 * Hosts of one datacenter that come into service together: a phase of its build-out.
 *
 * @param at    when they come into service (s from the start); 0 for hosts there from the start
 * @param hosts host counts by host-type name, in file order, as written (before scaling)
 */
public record Commissioning(double at, Map<String, Integer> hosts) {
}
