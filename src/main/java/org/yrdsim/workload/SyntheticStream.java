package org.yrdsim.workload;

import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.yrdsim.scenario.DailyCycle;
import org.yrdsim.scenario.Flavour;
import org.yrdsim.scenario.UsageSpec;
import org.yrdsim.scenario.WorkloadSpec;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Requests of one synthetic stream: a non-homogeneous Poisson process drawn by thinning (draw at
 * the stream's highest rate over the run, keep each point with probability rate(t) / highest
 * rate, where the rate follows the daily cycle, bursts and growth), each
 * request with a flavour, a lifetime and a CPU level drawn from the stream's own generators.
 */
public final class SyntheticStream implements RequestSource {
    /** Continuous distributions can draw values that round to zero; a VM lives at least this long. */
    private static final double SHORTEST_LIFETIME_S = 1e-3;

    private final WorkloadSpec spec;
    private final double rateScale;
    private final double end;
    private final double maxRate;
    private final RandomGenerator arrivals;
    private final RandomGenerator sizes;
    private final RealDistribution lifetimes;
    private final Supplier<UsageProfile> usages;
    private final List<TraceProvenance> usageTrace;
    private final double[] cumulativeWeights;
    private final DiurnalFactor diurnalFactor;
    private double clock;
    private long count;
    private VmRequest next;

    /** {@code measuredUsage} is what a stream whose CPU usage is measured draws from; other streams never ask it. */
    public SyntheticStream(WorkloadSpec spec, long masterSeed, double rateScale, double end, UsagePool measuredUsage) {
        this.spec = spec;
        this.rateScale = rateScale;
        this.end = end;
        this.maxRate = spec.arrivals().maxRate(end) * rateScale;
        this.arrivals = RandomStreams.generator(masterSeed, spec.name(), "arrivals");
        this.sizes = RandomStreams.generator(masterSeed, spec.name(), "flavours");
        this.lifetimes = spec.lifetime().create(RandomStreams.generator(masterSeed, spec.name(), "lifetimes"));
        this.usages = usages(spec, measuredUsage, RandomStreams.generator(masterSeed, spec.name(), "usage"));
        this.usageTrace = measuredUsage.traces();
        List<Flavour> flavours = spec.flavours();
        cumulativeWeights = new double[flavours.size()];
        double total = 0;
        for (int i = 0; i < flavours.size(); i++) {
            total += flavours.get(i).weight();
            cumulativeWeights[i] = total;
        }
        diurnalFactor = new DiurnalFactor(spec.arrivals().diurnal());
        next = draw();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public VmRequest next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        VmRequest current = next;
        next = draw();
        return current;
    }

    private VmRequest draw() {
        if (maxRate <= 0) {
            return null;
        }
        while (true) {
            clock += -Math.log(1 - arrivals.nextDouble()) / maxRate;
            if (clock >= end) {
                return null;
            }
            if (arrivals.nextDouble() * maxRate <= spec.arrivals().rateAt(clock) * rateScale) {
                return request(clock);
            }
        }
    }

    private VmRequest request(double arrival) {
        Flavour flavour = spec.flavours().get(pickFlavour());
        double lifetime = Math.max(SHORTEST_LIFETIME_S, lifetimes.sample());
        UsageProfile usage = usages.get();
        return new VmRequest(count++, arrival, lifetime, flavour.milliCores(), flavour.memoryMib(),
            spec.operator(), spec.origin(), spec.name(), usage);
    }

    /** How the usage trace of a stream with measured CPU usage was read; none otherwise. */
    @Override
    public List<TraceProvenance> traces() {
        return usageTrace;
    }

    /** Draws each VM's CPU-usage profile: a level from a distribution, or a measured series from a usage trace. */
    private Supplier<UsageProfile> usages(WorkloadSpec spec, UsagePool measuredUsage, RandomGenerator random) {
        if (spec.cpuUsage() instanceof UsageSpec.Measured) {
            // the series keep their own time of day: simulation time 0 is midnight
            return () -> measuredUsage.pick(random);
        }
        UsageSpec.Drawn drawn = (UsageSpec.Drawn) spec.cpuUsage();
        RealDistribution levels = drawn.level().create(random);
        return () -> {
            double level = Math.max(0, Math.min(1, levels.sample()));
            return drawn.followsDiurnal()
                ? new UsageProfile.FollowsCycle(level, diurnalFactor)
                : UsageProfile.constant(level);
        };
    }

    /**
     * The diurnal factor of one run's stream, remembered for the last time asked: the sampler asks
     * it for every VM of the stream at the same instant, and a cosine per VM per sample was most of
     * a run's time. One instance per stream and run, so never shared between threads; hosts sum
     * their VMs' levels per instance of it.
     */
    private static final class DiurnalFactor implements DailyCycle {
        private final DailyCycle profile;
        private final double maxFactor;
        private double time = Double.NaN;
        private double factor;

        DiurnalFactor(DailyCycle profile) {
            this.profile = profile;
            this.maxFactor = profile.maxFactor();
        }

        @Override
        public double factorAt(double t) {
            if (t != time) {
                time = t;
                factor = profile.factorAt(t);
            }
            return factor;
        }

        @Override
        public double maxFactor() {
            return maxFactor;
        }
    }

    private int pickFlavour() {
        double u = sizes.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (u < cumulativeWeights[i]) {
                return i;
            }
        }
        return cumulativeWeights.length - 1;
    }
}
