package org.yrdsim.scenario;

import org.apache.commons.math3.random.Well19937c;

import java.util.Map;

/**
 * What a run of a scenario will need, estimated from the scenario alone before anything runs, so
 * that a run that cannot fit in the heap or would go on for days is refused at once, naming the
 * key to change, instead of failing after minutes or hours. The estimate counts what the engine
 * keeps: hosts, VMs alive at once (Little's law: each stream's arrival rate times its mean
 * lifetime, never more than the cluster's virtual cores, as every VM holds at least one), and
 * samples (one row of every metric per scope); and what it does: arrivals and host readings.
 *
 * @param hosts     hosts after scaling
 * @param liveVms   VMs alive at once at the most
 * @param samples   samples over the duration
 * @param scopes    cluster, sites, operators and datacenters, each sampled
 * @param arrivals  requests the synthetic streams bring over the duration (a trace's are bounded by its file)
 */
public record ResourceEstimate(long hosts, double liveVms, double samples, int scopes, double arrivals) {
    // The engine's costs, measured by `yrdsim bench` on the full-size baseline (81,900 hosts, 16.7 M
    // requests over 4 days, 1.2 M VMs alive at once: 1,110 bytes a host and 271 a live VM held, about
    // 2.5 minutes of CPU on 2 cores), rounded up.
    /** Heap of one host with its place in the host indexes. */
    static final long BYTES_PER_HOST = 2_048;
    /** Heap of one live VM, with its request and its place in the departure heap. */
    static final long BYTES_PER_LIVE_VM = 300;
    /** One sample of one scope: a double for each of the 19 metrics, plus the sample time. */
    static final long BYTES_PER_SCOPE_SAMPLE = 20 * Double.BYTES;
    /** Wall time of one arrival: placement, departure and bookkeeping (16.7 M in about 2 minutes, 7 us each). */
    static final double SECONDS_PER_ARRIVAL = 10e-6;
    /** Wall time of reading one host at one sample. */
    static final double SECONDS_PER_HOST_SAMPLE = 20e-9;

    /** What one run may take: the heap Java may use, and a wall time no planner waits for. */
    public record Limits(long heapBytes, double seconds) {
        /** This JVM's heap, and two days. */
        public static Limits ofThisJvm() {
            return new Limits(Runtime.getRuntime().maxMemory(), 2 * 86_400);
        }
    }

    public static ResourceEstimate of(Scenario scenario) {
        SimulationSpec sim = scenario.simulation();
        long hosts = 0;
        double virtualCores = 0;
        for (DatacenterSpec dc : scenario.datacenters()) {
            for (Commissioning phase : dc.phases()) {
                for (Map.Entry<String, Integer> count : phase.hosts().entrySet()) {
                    // scaled as the cluster builder scales, phase by phase: rounded, never below one host
                    long scaled = count.getValue() == 0 ? 0 : Math.max(1, Math.round(count.getValue() * sim.scale()));
                    hosts += scaled;
                    virtualCores += scaled * scenario.hostType(count.getKey()).orElseThrow().cores() * scenario.placement().cpuOvercommit();
                }
            }
        }
        double live = 0;
        double arrivals = 0;
        // no more VMs fit at once than the cores hold of the smallest flavour (fractional flavours pack several to a core)
        double smallestCores = 1;
        for (WorkloadSpec w : scenario.workloads()) {
            double rate = w.arrivals().meanRatePerSecond() * sim.scale();
            Growth growth = w.arrivals().growth();
            arrivals += rate * growth.integral(sim.duration()) * burstFactor(w.arrivals(), sim.duration());
            // Little's law at the highest rate the growth reaches
            live += rate * growth.maxFactor(sim.duration()) * Math.min(meanLifetime(w.lifetime()), sim.duration());
            smallestCores = Math.min(smallestCores, w.flavours().stream().mapToInt(Flavour::milliCores).min().orElse(1000) / 1000.0);
        }
        if (!scenario.traces().isEmpty()) {
            live = virtualCores;
        }
        double samples = Math.floor(sim.duration() / sim.sampleInterval()) + 1;
        int scopes = 1 + scenario.sites().size() + scenario.operators().size() + scenario.datacenters().size();
        return new ResourceEstimate(hosts, Math.min(live, virtualCores / smallestCores), samples, scopes, arrivals);
    }

    /** Heap of {@code kept} runs, {@code parallel} of them at a time, the sampled series of all of them kept to the end. */
    public double heapBytes(int kept, int parallel) {
        double running = hosts * (double) BYTES_PER_HOST + liveVms * BYTES_PER_LIVE_VM;
        return Math.min(kept, parallel) * running + kept * samples * scopes * BYTES_PER_SCOPE_SAMPLE;
    }

    public double seconds(int runs, int parallel) {
        double one = arrivals * SECONDS_PER_ARRIVAL + samples * hosts * SECONDS_PER_HOST_SAMPLE;
        return one * Math.ceil((double) runs / parallel);
    }

    /** The heap part that is largest, to name the key that drives it. */
    public Driver heapDriver() {
        double hostBytes = hosts * (double) BYTES_PER_HOST;
        double vmBytes = liveVms * BYTES_PER_LIVE_VM;
        double sampleBytes = samples * scopes * BYTES_PER_SCOPE_SAMPLE;
        if (sampleBytes >= hostBytes && sampleBytes >= vmBytes) {
            return Driver.SAMPLES;
        }
        return hostBytes >= vmBytes ? Driver.HOSTS : Driver.LIVE_VMS;
    }

    /** The time part that is largest. */
    public Driver timeDriver() {
        return arrivals * SECONDS_PER_ARRIVAL >= samples * hosts * SECONDS_PER_HOST_SAMPLE ? Driver.ARRIVALS : Driver.SAMPLES;
    }

    public enum Driver {
        HOSTS, LIVE_VMS, SAMPLES, ARRIVALS
    }

    /** The rate averaged over the duration, bursts included, over the mean rate. */
    private static double burstFactor(ArrivalSpec arrivals, double duration) {
        double factor = 1;
        for (Burst b : arrivals.bursts()) {
            double inside = Math.max(0, Math.min(duration, b.start() + b.duration()) - Math.max(0, b.start()));
            factor += (b.multiplier() - 1) * inside / duration;
        }
        return Math.max(0, factor);
    }

    static double meanLifetime(DistributionSpec lifetime) {
        double mean = lifetime.create(new Well19937c(0)).getNumericalMean();
        return Double.isNaN(mean) ? Double.POSITIVE_INFINITY : mean;
    }

    /** A count as people read it: whole below a million, else in scientific notation. */
    static String count(double n) {
        return n < 1e6 ? "%.0f".formatted(n) : "%.2g".formatted(n);
    }

    @Override
    public String toString() {
        return "%d hosts, %s VMs alive at once, %s samples of %d scopes, %s arrivals".formatted(hosts, count(liveVms),
            count(samples), scopes, count(arrivals));
    }
}
