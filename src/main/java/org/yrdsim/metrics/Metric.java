package org.yrdsim.metrics;

/**
 * What is sampled for each scope at each sample. Levels (up to {@link #HOSTS_OFF}) are read at the
 * sample instant, before anything else happens at that instant, and add up from datacenters to
 * sites, operators and the cluster; counts (from {@link #ARRIVALS}) are totals over the interval
 * from the previous sample up to this one. A count that does not apply to a
 * scope (arrivals of a site: requests arrive for operators, not sites) is NaN.
 */
public enum Metric {
    ALLOCATED_CORES("allocated_cores"),
    CORE_CAPACITY("core_capacity"),
    ALLOCATED_MEMORY_MIB("allocated_memory_mib"),
    MEMORY_CAPACITY_MIB("memory_capacity_mib"),
    USED_CORES("used_cores"),
    PHYSICAL_CORES("physical_cores"),
    ACTIVE_HOSTS("active_hosts"),
    HOSTS("hosts"),
    IT_POWER_W("it_power_w"),
    VMS("vms"),
    UNAVAILABLE_CORES("unavailable_cores"),
    HOSTS_OFF("hosts_off"),
    ARRIVALS("arrivals"),
    PLACEMENTS("placements"),
    REJECTIONS("rejections"),
    DEPARTURES("departures"),
    REPLACED("replaced"),
    LOST("lost"),
    /** 1 when the rest of the cluster had the free cores to take in everything on its largest datacenter, else 0 (cluster only). */
    N_PLUS_ONE("n_plus_one");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** Column name in timeseries.csv. */
    public String column() {
        return column;
    }
}
