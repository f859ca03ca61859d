package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.scenario.Agreement;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the datacenter for a request as a filter scheduler does (OpenStack Nova, OpenDC): the
 * candidates come in tiers, the request's own operator's datacenters together with those of
 * operators that pool with it first, then each tier of overflow agreements by priority; in the
 * first tier where any datacenter passes every filter (latency limit, lending cap, and room for the
 * request: the capacity filter is the {@link HostFinder}), the weighers pick among those that do.
 * {@link PlacementRules} says which filters and weighers there are. {@link #choose} runs for every
 * request, so it works in arrays made once and allocates nothing but its answer.
 */
public final class DatacenterScheduler {
    /** Where a request goes (datacenter and host slot), and how far its origin city is from there. */
    public record Choice(ClusterDatacenter datacenter, int slot, double latencySeconds) {
    }

    private final List<ClusterDatacenter> datacenters;
    private final List<Agreement> agreements;
    private final LatencyTable latencies;
    private final DatacenterFilter[] filters;
    private final DatacenterWeigher[] weighers;
    private final double[] multipliers;
    private final Map<String, List<List<ClusterDatacenter>>> tiers = new HashMap<>();
    /** The admitted candidates of the tier being weighed and their hosts, reused from request to request. */
    private final List<ClusterDatacenter> admitted = new ArrayList<>();
    private final int[] found;
    /** Per admitted candidate: one weigher's scores, and the weighted sum so far. */
    private final double[] score;
    private final double[] total;

    public DatacenterScheduler(PlacementParameters parameters, List<ClusterDatacenter> datacenters, LendingLedger ledger,
                               LatencyTable latencies) {
        this.datacenters = datacenters;
        this.agreements = parameters.agreements();
        this.latencies = latencies;
        this.filters = PlacementRules.filters(parameters, latencies, ledger);
        List<PlacementRules.Weighted> on = PlacementRules.weighers(parameters, latencies);
        this.weighers = on.stream().map(PlacementRules.Weighted::weigher).toArray(DatacenterWeigher[]::new);
        this.multipliers = on.stream().mapToDouble(PlacementRules.Weighted::multiplier).toArray();
        this.found = new int[datacenters.size()];
        this.score = new double[datacenters.size()];
        this.total = new double[datacenters.size()];
    }

    /**
     * @param hosts the capacity filter: finds the host a datacenter would give the request
     */
    public Optional<Choice> choose(VmRequest request, double time, HostFinder hosts) {
        for (List<ClusterDatacenter> tier : tiers(request)) {
            admitted.clear();
            for (ClusterDatacenter dc : tier) {
                if (admits(request, dc)) {
                    int slot = hosts.find(dc, request);
                    if (slot >= 0) {
                        found[admitted.size()] = slot;
                        admitted.add(dc);
                    }
                }
            }
            if (!admitted.isEmpty()) {
                int best = admitted.size() == 1 ? 0 : best(request, admitted, time);
                ClusterDatacenter dc = admitted.get(best);
                return Optional.of(new Choice(dc, found[best], latencies.seconds(request.origin(), dc)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code dc} is among the request's candidates and passes every filter but the capacity one now. */
    public boolean mayUse(VmRequest request, ClusterDatacenter dc) {
        for (List<ClusterDatacenter> tier : tiers(request)) {
            if (tier.contains(dc)) {
                return admits(request, dc);
            }
        }
        return false;
    }

    /** Whether a datacenter among the request's candidates has a host that, empty, would have room for it. */
    public boolean couldEverHold(VmRequest request) {
        for (List<ClusterDatacenter> tier : tiers(request)) {
            for (ClusterDatacenter dc : tier) {
                if (dc.couldHold(request.milliCores(), request.memoryMib())) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<List<ClusterDatacenter>> tiers(VmRequest request) {
        List<List<ClusterDatacenter>> candidates = tiers.get(request.operator());
        if (candidates == null) {
            candidates = tiersFor(request.operator());
            tiers.put(request.operator(), candidates);
        }
        return candidates;
    }

    private boolean admits(VmRequest request, ClusterDatacenter dc) {
        for (DatacenterFilter filter : filters) {
            if (!filter.admits(request, dc)) {
                return false;
            }
        }
        return true;
    }

    private int best(VmRequest request, List<ClusterDatacenter> candidates, double time) {
        int n = candidates.size();
        Arrays.fill(total, 0, n, 0);
        for (int w = 0; w < weighers.length; w++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                score[i] = weighers[w].score(request, candidates.get(i), time);
                min = Math.min(min, score[i]);
                max = Math.max(max, score[i]);
            }
            for (int i = 0; i < n; i++) {
                total[i] += multipliers[w] * (max > min ? (score[i] - min) / (max - min) : 0);
            }
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (total[i] > total[best]) {
                best = i;
            }
        }
        return best;
    }

    private List<List<ClusterDatacenter>> tiersFor(String borrower) {
        List<ClusterDatacenter> first = new ArrayList<>();
        TreeMap<Integer, List<ClusterDatacenter>> overflow = new TreeMap<>();
        for (ClusterDatacenter dc : datacenters) {
            if (dc.operator().equals(borrower)) {
                first.add(dc);
                continue;
            }
            for (Agreement a : agreements) {
                if (a.borrower().equals(borrower) && a.lender().equals(dc.operator())) {
                    if (a.mode() == Agreement.Mode.POOL) {
                        first.add(dc);
                    } else {
                        overflow.computeIfAbsent(a.priority(), p -> new ArrayList<>()).add(dc);
                    }
                }
            }
        }
        List<List<ClusterDatacenter>> result = new ArrayList<>();
        result.add(first);
        result.addAll(overflow.values());
        return result;
    }
}
