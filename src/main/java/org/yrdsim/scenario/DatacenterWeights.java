package org.yrdsim.scenario;

/**
 * Multipliers of the datacenter weighers: each weigher scores the candidates between 0 (worst) and
 * 1 (best) and the weighted sum orders them. Zero turns a weigher off.
 *
 * @param distance prefers datacenters near the request's origin city
 * @param load     prefers datacenters with a smaller share of their cores allocated
 * @param carbon   prefers sites whose power emits less (grid factor x share not green)
 * @param price    prefers sites with cheaper electricity at the time
 */
public record DatacenterWeights(double distance, double load, double carbon, double price) {
    public static final DatacenterWeights NEAREST_FIRST = new DatacenterWeights(1, 0, 0, 0);
}
