package org.yrdsim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Multipliers of the datacenter weighers: each weigher scores the candidates between 0 (worst) and
 * 1 (best) and the weighted sum orders them. Zero, or no entry, turns a weigher off.
 *
 * @param multipliers by weigher, in {@link WeigherName} order
 */
public record DatacenterWeights(Map<WeigherName, Double> multipliers) {
    public static final DatacenterWeights NEAREST_FIRST = new DatacenterWeights(Map.of(WeigherName.DISTANCE, 1.0));

    public DatacenterWeights {
        Map<WeigherName, Double> ordered = new EnumMap<>(WeigherName.class);
        ordered.putAll(multipliers);
        multipliers = Collections.unmodifiableMap(ordered);
    }

    public double multiplier(WeigherName weigher) {
        return multipliers.getOrDefault(weigher, 0.0);
    }
}
