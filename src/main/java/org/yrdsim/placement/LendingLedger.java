package org.yrdsim.placement;

import org.yrdsim.scenario.Agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cores each borrower holds in each lender's datacenters under the agreements, kept up to the
 * moment so the lending caps can be enforced, and integrated over time into core-hours. Held in
 * milli-cores, as requests are sized, so that fractional requests add and leave without drift.
 */
public final class LendingLedger {
    private final Map<String, Agreement> agreements = new LinkedHashMap<>();
    private final Map<String, Long> heldMilli = new LinkedHashMap<>();
    private final Map<String, Double> coreSeconds = new LinkedHashMap<>();
    private final Map<String, Long> lenderCores;
    private final double measuredFrom;
    private double lastChange;

    /**
     * @param lenderCores   each operator's cores (virtual cores offered), the base of the caps
     * @param measuredFrom  time from which core-hours count (the warm-up's end)
     */
    public LendingLedger(List<Agreement> agreements, Map<String, Long> lenderCores, double measuredFrom) {
        for (Agreement a : agreements) {
            this.agreements.put(key(a.borrower(), a.lender()), a);
            heldMilli.put(key(a.borrower(), a.lender()), 0L);
            coreSeconds.put(key(a.borrower(), a.lender()), 0.0);
        }
        this.lenderCores = lenderCores;
        this.measuredFrom = measuredFrom;
    }

    private static String key(String borrower, String lender) {
        return borrower + "->" + lender;
    }

    /** Whether the borrower may take {@code milliCores} more of the lender's capacity without passing its cap. */
    public boolean allows(String borrower, String lender, int milliCores) {
        Agreement a = agreements.get(key(borrower, lender));
        return a != null
            && heldMilli.get(key(borrower, lender)) + milliCores <= a.maxShare() * lenderCores.getOrDefault(lender, 0L) * 1000;
    }

    public Agreement agreement(String borrower, String lender) {
        return agreements.get(key(borrower, lender));
    }

    /** The borrower takes ({@code milliCores} > 0) or gives back (< 0) capacity of the lender at {@code time}. */
    public void change(String borrower, String lender, int milliCores, double time) {
        advanceTo(time);
        heldMilli.merge(key(borrower, lender), (long) milliCores, Long::sum);
    }

    /** Adds every pair's held cores times the time since the last change. */
    public void advanceTo(double time) {
        double from = Math.max(lastChange, measuredFrom);
        if (time > from) {
            for (Map.Entry<String, Long> held : heldMilli.entrySet()) {
                coreSeconds.merge(held.getKey(), held.getValue() / 1000.0 * (time - from), Double::sum);
            }
        }
        lastChange = Math.max(lastChange, time);
    }

    /** Cores the borrower holds in the lender's datacenters now. */
    public double held(String borrower, String lender) {
        return heldMilli.getOrDefault(key(borrower, lender), 0L) / 1000.0;
    }

    public List<Agreement> agreements() {
        return List.copyOf(agreements.values());
    }

    /** Core-hours the borrower held in the lender's datacenters since the warm-up. */
    public double coreHours(String borrower, String lender) {
        return coreSeconds.getOrDefault(key(borrower, lender), 0.0) / 3600;
    }
}
