package org.yrdsim.scenario;

/**
 * How busy a stream's VMs keep their cores: each VM draws a level once, from {@code level};
 * when {@code followsDiurnal}, the level is scaled over the day by the stream's diurnal profile
 * (capped at 100%).
 */
public record UsageSpec(DistributionSpec level, boolean followsDiurnal) {
}
