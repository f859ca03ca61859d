package org.yrdsim.metrics;

/** What one operator borrowed from another over the measured window. */
public record LendingFigures(String borrower, String lender, String mode, double coreHours, double costYuan) {
}
