package org.yrdsim.metrics;

/**
 * What is sampled for each scope at each sample, each of one {@link Kind}. A count that does not
 * apply to a scope (arrivals of a site: requests arrive for operators, not sites) is NaN.
 */
public enum Metric {
    ALLOCATED_CORES("allocated_cores", Kind.LEVEL),
    CORE_CAPACITY("core_capacity", Kind.LEVEL),
    ALLOCATED_MEMORY_MIB("allocated_memory_mib", Kind.LEVEL),
    MEMORY_CAPACITY_MIB("memory_capacity_mib", Kind.LEVEL),
    USED_CORES("used_cores", Kind.LEVEL),
    PHYSICAL_CORES("physical_cores", Kind.LEVEL),
    ACTIVE_HOSTS("active_hosts", Kind.LEVEL),
    HOSTS("hosts", Kind.LEVEL),
    IT_POWER_W("it_power_w", Kind.LEVEL),
    VMS("vms", Kind.LEVEL),
    UNAVAILABLE_CORES("unavailable_cores", Kind.LEVEL),
    HOSTS_OFF("hosts_off", Kind.LEVEL),
    ARRIVALS("arrivals", Kind.COUNT),
    PLACEMENTS("placements", Kind.COUNT),
    REJECTIONS("rejections", Kind.COUNT),
    DEPARTURES("departures", Kind.COUNT),
    REPLACED("replaced", Kind.COUNT),
    LOST("lost", Kind.COUNT),
    /** Requests waiting for room (operators and the cluster: requests belong to operators, not hosts). */
    QUEUED("queued", Kind.LEVEL),
    /** Waiting requests that gave up, their longest wait over. */
    ABANDONED("abandoned", Kind.COUNT),
    /** 1 when the rest of the cluster had the free cores to take in everything on its largest datacenter, else 0 (cluster only). */
    N_PLUS_ONE("n_plus_one", Kind.LEVEL);

    /** How a sample's value relates to time. */
    public enum Kind {
        /**
         * Read at the sample instant, before anything else happens at that instant; a datacenter's
         * level adds up into its site, operator and the cluster (the queue's, an operator's, into the cluster).
         */
        LEVEL,
        /** A total over the interval from the previous sample up to this one. */
        COUNT
    }

    private final String column;
    private final Kind kind;

    Metric(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Column name in timeseries.csv. */
    public String column() {
        return column;
    }
}
