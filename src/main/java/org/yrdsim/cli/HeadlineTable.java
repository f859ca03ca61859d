package org.yrdsim.cli;

import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.Summary;
import org.yrdsim.report.QueueAccounts;
import org.yrdsim.scenario.Scenario;

import java.io.PrintWriter;

/** The short console table of a run's headline figures. */
final class HeadlineTable {
    private HeadlineTable() {
    }

    static void print(PrintWriter out, Scenario scenario, Summary summary) {
        ScopeFigures cluster = summary.cluster();
        out.printf("%s: %s%n", scenario.name(), cluster.arrivals() + " VM requests");
        out.printf("%-22s %10s %10s %10s %10s %10s%n", "", "alloc CPU", "used CPU", "racks used", "rejected", "energy MWh");
        row(out, "cluster", cluster);
        summary.sites().forEach((name, f) -> row(out, "site " + name, f));
        summary.operators().forEach((name, f) -> row(out, "operator " + name, f));
        out.printf("facility energy %.1f MWh, PUE %.3f, carbon %.1f t, cost %.0f yuan, peak %s VMs at once%n",
            cluster.facilityEnergyKwh() / 1000, cluster.pue(), cluster.carbonTonnes(), cluster.costYuan(), cluster.peakConcurrentVms());
        if (summary.queue() != null) {
            QueueAccounts.lines(summary.queue()).forEach(out::println);
        }
        scenario.simulation().scaleNote().ifPresent(note -> out.println("note: " + note));
    }

    private static void row(PrintWriter out, String label, ScopeFigures f) {
        Double rate = f.rejectionRate();
        out.printf("%-22s %9.1f%% %9.1f%% %9.1f%% %10s %10.2f%n", label,
            100 * f.allocatedCpu().mean(), 100 * f.usedCpu().mean(), 100 * f.rackUtilisation().mean(),
            rate == null ? "-" : "%.3f%%".formatted(100 * rate), f.itEnergyKwh() / 1000);
    }
}
