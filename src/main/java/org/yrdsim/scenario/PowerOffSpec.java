package org.yrdsim.scenario;

/**
 * Switching empty hosts off. A host with no VM for {@code idleAfter} seconds is switched off and
 * draws nothing; when a request finds no room on running hosts, an off host is booted, and the
 * request's VM starts when the boot is over, {@code bootDelay} seconds later.
 */
public record PowerOffSpec(double idleAfter, double bootDelay) {
}
