package org.yrdsim.scenario;

/**
 * The datacenter weighers a scenario may name under {@code placement.datacenterWeights}, in the
 * order they are applied. Each is one class in {@code placement}, made by {@code PlacementRules};
 * its switch over this enum must name every constant, so a weigher added here cannot be forgotten there.
 */
public enum WeigherName {
    /** Prefers datacenters near the request's origin city. */
    DISTANCE("distance"),
    /** Prefers datacenters with a smaller share of their cores allocated. */
    LOAD("load"),
    /** Prefers sites whose power emits less (grid factor x share not green). */
    CARBON("carbon"),
    /** Prefers sites with cheaper electricity at the time. */
    PRICE("price");

    private final String key;

    WeigherName(String key) {
        this.key = key;
    }

    /** The key in scenario files. */
    public String key() {
        return key;
    }
}
