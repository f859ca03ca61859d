package org.yrdsim.cluster;

/**
 * Hosts of a datacenter that come into service after the start, together: the slots from
 * {@code firstSlot} up to (not including) {@code endSlot}.
 *
 * @param at when they come into service (s from the start)
 */
public record HostPhase(double at, int firstSlot, int endSlot) {
}
