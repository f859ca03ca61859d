package org.yrdsim.scenario.trace;

import java.util.Objects;

/** Where a trace owner's requests come from in the scenario: its home operator and its origin city. */
public record OwnerPlacement(String operator, String origin) {
    public OwnerPlacement {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(origin, "origin");
    }
}
