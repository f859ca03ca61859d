package org.yrdsim.cli;

import org.yrdsim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.Map;

/** The short console table of a run's headline figures. */
final class HeadlineTable {
    private HeadlineTable() {
    }

    @SuppressWarnings("unchecked")
    static void print(PrintWriter out, Scenario scenario, Map<String, Object> summary) {
        out.printf("%s: %s%n", scenario.name(), summary.get("arrivals") + " VM requests");
        out.printf("%-22s %10s %10s %10s %10s %10s%n", "", "alloc CPU", "used CPU", "racks used", "rejected", "energy MWh");
        row(out, "cluster", summary);
        for (String group : new String[]{"sites", "operators"}) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) summary.get(group)).entrySet()) {
                row(out, group.substring(0, group.length() - 1) + " " + e.getKey(), (Map<String, Object>) e.getValue());
            }
        }
        out.printf("facility energy %.1f MWh, PUE %.3f, carbon %.1f t, cost %.0f yuan, peak %s VMs at once%n",
            (double) summary.get("facilityEnergyKwh") / 1000, (double) summary.get("pue"),
            (double) summary.get("carbonTonnes"), (double) summary.get("costYuan"), summary.get("peakConcurrentVms"));
        scenario.simulation().scaleNote().ifPresent(note -> out.println("note: " + note));
    }

    @SuppressWarnings("unchecked")
    private static void row(PrintWriter out, String label, Map<String, Object> f) {
        Object rate = f.get("rejectionRate");
        out.printf("%-22s %9.1f%% %9.1f%% %9.1f%% %10s %10.2f%n", label,
            100 * mean(f, "allocatedCpu"), 100 * mean(f, "usedCpu"), 100 * mean(f, "rackUtilisation"),
            rate == null ? "-" : "%.3f%%".formatted(100 * (double) rate), (double) f.get("itEnergyKwh") / 1000);
    }

    @SuppressWarnings("unchecked")
    private static double mean(Map<String, Object> f, String key) {
        return (double) ((Map<String, Object>) f.get(key)).get("mean");
    }
}
