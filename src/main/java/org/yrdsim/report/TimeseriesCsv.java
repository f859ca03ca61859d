package org.yrdsim.report;

import org.yrdsim.metrics.CapacityShare;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.Rounding;
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
 * with the raw sums of {@link Metric} and the shares of capacity derived from them
 * ({@link CapacityShare}, each under its own column name). A count that does not apply to a scope
 * is left empty.
 */
public final class TimeseriesCsv {
    public static final String FILE = "timeseries.csv";

    private TimeseriesCsv() {
    }

    public static void write(RunResult run, Path folder) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            out.write("time_s,scope");
            for (Metric metric : Metric.values()) {
                out.write("," + metric.column());
            }
            for (CapacityShare share : CapacityShare.values()) {
                out.write("," + share.column());
            }
            out.newLine();
            double[] times = run.times();
            for (int i = 0; i < times.length; i++) {
                for (Map.Entry<Scope, ScopeSeries> entry : run.series().entrySet()) {
                    ScopeSeries s = entry.getValue();
                    StringBuilder line = new StringBuilder().append(number(times[i])).append(',').append(entry.getKey().label());
                    for (Metric metric : Metric.values()) {
                        line.append(',').append(number(s.get(metric, i)));
                    }
                    for (CapacityShare share : CapacityShare.values()) {
                        line.append(',').append(number(share.at(s, i)));
                    }
                    out.write(line.toString());
                    out.newLine();
                }
            }
        }
    }

    /**
     * Whole numbers without a decimal point, others with the digits summary.json gives them
     * ({@link Rounding}); NaN as an empty cell.
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(Rounding.figure(value));
    }
}
