package org.yrdsim.metrics;

/**
 * What is sampled for each scope at each sample. Levels are values at the sample instant;
 * counts are totals over the interval that ends at the sample. A count that does not apply to a
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
    ARRIVALS("arrivals"),
    PLACEMENTS("placements"),
    REJECTIONS("rejections");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** Column name in timeseries.csv. */
    public String column() {
        return column;
    }
}
