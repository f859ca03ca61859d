package org.yrdsim.scenario;

/** A VM size and its relative frequency within a stream. */
public record Flavour(int cores, long memoryMib, double weight) {
}
