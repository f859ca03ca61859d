package org.yrdsim.metrics;

/**
 * What is sampled for each scope at each sample, each of one {@link Kind}. A count that does not
 * apply to a scope (arrivals of a site: requests arrive for operators, not sites) is NaN.
 *
 * <p>VMs are counted in two views that differ where operators share capacity. <b>Hosted</b>: what
 * runs on the scope's hosts, whoever asked for it (every scope). <b>Owned</b>: the scope's own
 * requests, wherever they run (operators and the cluster). Each view reconciles on its own:
 * {@code hosted_vms} at a sample is the previous one plus {@code hosted_placements} minus
 * {@code hosted_departures} and {@code hosted_lost}, and likewise with {@code owned_}.
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
    /** VMs on the scope's hosts, whoever they are for. */
    HOSTED_VMS("hosted_vms", Kind.LEVEL),
    /** VMs of the scope's own requests, on whichever operator's hosts. */
    OWNED_VMS("owned_vms", Kind.LEVEL),
    UNAVAILABLE_CORES("unavailable_cores", Kind.LEVEL),
    HOSTS_OFF("hosts_off", Kind.LEVEL),
    ARRIVALS("arrivals", Kind.COUNT),
    /** The scope's own requests placed, wherever. */
    OWNED_PLACEMENTS("owned_placements", Kind.COUNT),
    REJECTIONS("rejections", Kind.COUNT),
    /** VMs of the scope's own requests whose life ended. */
    OWNED_DEPARTURES("owned_departures", Kind.COUNT),
    /** VMs of the scope's own requests thrown off a failed host that found room again (the owned count stays). */
    REPLACED("replaced", Kind.COUNT),
    /** VMs of the scope's own requests thrown off a failed host that found no room anywhere. */
    OWNED_LOST("owned_lost", Kind.COUNT),
    /** VMs that came onto the scope's hosts: placed on arrival, or re-placed after a failure elsewhere. */
    HOSTED_PLACEMENTS("hosted_placements", Kind.COUNT),
    /** VMs whose life ended on the scope's hosts. */
    HOSTED_DEPARTURES("hosted_departures", Kind.COUNT),
    /** VMs thrown off the scope's hosts by a failure, whether they found room elsewhere or not. */
    HOSTED_LOST("hosted_lost", Kind.COUNT),
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
