package org.yrdsim.report;

import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeSeries;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code timeseries.csv}: one row per sample and scope (long format, so any tool can pivot it),
 * with the raw sums of {@link Metric} and the four utilisation shares derived from them.
 * A count that does not apply to a scope is left empty.
 */
public final class TimeseriesCsv {
    public static final String FILE = "timeseries.csv";
    public static final String[] SHARES = {"allocated_cpu", "allocated_memory", "used_cpu", "active_host_share"};

    private TimeseriesCsv() {
    }

    public static void write(RunResult run, Path folder) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            out.write("time_s,scope");
            for (Metric metric : Metric.values()) {
                out.write("," + metric.column());
            }
            out.write("," + String.join(",", SHARES));
            out.newLine();
            double[] times = run.times();
            for (int i = 0; i < times.length; i++) {
                for (Map.Entry<Scope, ScopeSeries> entry : run.series().entrySet()) {
                    ScopeSeries s = entry.getValue();
                    StringBuilder line = new StringBuilder().append(number(times[i])).append(',').append(entry.getKey().label());
                    for (Metric metric : Metric.values()) {
                        line.append(',').append(number(s.get(metric, i)));
                    }
                    line.append(',').append(number(share(s, Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY, i)))
                        .append(',').append(number(share(s, Metric.ALLOCATED_MEMORY_MIB, Metric.MEMORY_CAPACITY_MIB, i)))
                        .append(',').append(number(share(s, Metric.USED_CORES, Metric.PHYSICAL_CORES, i)))
                        .append(',').append(number(share(s, Metric.ACTIVE_HOSTS, Metric.HOSTS, i)));
                    out.write(line.toString());
                    out.newLine();
                }
            }
        }
    }

    private static double share(ScopeSeries s, Metric part, Metric whole, int i) {
        double w = s.get(whole, i);
        return w == 0 ? 0 : s.get(part, i) / w;
    }

    /** Whole numbers without a decimal point; NaN as an empty cell. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
