package org.yrdsim.placement;

import org.yrdsim.scenario.WeigherName;

import java.util.ArrayList;
import java.util.List;

/**
 * The one registry of the rules that choose a datacenter: the filters every request passes and
 * the weigher class behind each {@link WeigherName}. A new rule is its class and one line here.
 */
final class PlacementRules {
    private PlacementRules() {
    }

    /** Every filter applies to every request; each admits everything when the scenario gives it nothing to check. */
    static DatacenterFilter[] filters(PlacementParameters parameters, LatencyTable latencies, LendingLedger ledger) {
        return new DatacenterFilter[]{new LatencyFilter(latencies, parameters.latencyLimits()), new LendingCapFilter(ledger)};
    }

    static DatacenterWeigher weigher(WeigherName name, LatencyTable latencies) {
        return switch (name) {
            case DISTANCE -> new DistanceWeigher(latencies);
            case LOAD -> new LoadWeigher();
            case CARBON -> new CarbonWeigher();
            case PRICE -> new PriceWeigher();
        };
    }

    /** The weighers the scenario switches on (multiplier above 0), in {@link WeigherName} order. */
    static List<Weighted> weighers(PlacementParameters parameters, LatencyTable latencies) {
        List<Weighted> on = new ArrayList<>();
        for (WeigherName name : WeigherName.values()) {
            double multiplier = parameters.weights().multiplier(name);
            if (multiplier > 0) {
                on.add(new Weighted(weigher(name, latencies), multiplier));
            }
        }
        return List.copyOf(on);
    }

    record Weighted(DatacenterWeigher weigher, double multiplier) {
    }
}
