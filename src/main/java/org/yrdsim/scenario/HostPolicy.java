package org.yrdsim.scenario;

/** How a host is chosen among those of a datacenter that can take a VM. */
public enum HostPolicy {
    /** The lowest-numbered host that fits: packs the front of the datacenter. */
    FIRST_FIT("first-fit"),
    /** The host with the fewest free cores that still fits: packs tightly, leaves big holes free. */
    BEST_FIT("best-fit"),
    /** The host with the most free cores: spreads load evenly. */
    WORST_FIT("worst-fit");

    private final String spelling;

    HostPolicy(String spelling) {
        this.spelling = spelling;
    }

    /** The word scenario files use. */
    public String spelling() {
        return spelling;
    }
}
