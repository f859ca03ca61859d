package org.yrdsim.scenario;

/** A VM size, with its CPU in thousandths of a core as requests carry it, and its relative frequency within a stream. */
public record Flavour(int milliCores, long memoryMib, double weight) {
}
