package org.yrdsim.workload.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Peak of concurrently requested CPU, and an independent reading of the raw Alibaba 2017
 * batch_task file for it: plain gzip and string splitting, none of the reader's classes. CPU is
 * counted in milli-cores, whole numbers that doubles add without error.
 */
final class CoreSweep {
    private CoreSweep() {
    }

    /** @param changes (time, +milli-cores or -milli-cores); intervals are [start, end), so ends count first at equal times */
    static double[] peak(List<double[]> changes) {
        changes.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1]));
        double level = 0;
        double peak = 0;
        double when = Double.NaN;
        for (double[] change : changes) {
            level += change[1];
            if (level > peak) {
                peak = level;
                when = change[0];
            }
        }
        return new double[] {peak, when};
    }

    /**
     * Every task that ran (Terminated or Failed) with both sizes and a span longer than zero asks
     * instance_num x plan_cpu x 10 milli-cores (plan_cpu 100 is a core) over [create, end).
     */
    static List<double[]> rawAlibaba2017Changes(Path gzipFile) throws IOException {
        var changes = new ArrayList<double[]>();
        try (var reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(gzipFile)), StandardCharsets.UTF_8))) {
            reader.readLine(); // the header line this copy of the table carries
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                boolean ran = f[5].equals("Terminated") || f[5].equals("Failed");
                if (!ran || f[6].isEmpty() || f[7].isEmpty()) {
                    continue;
                }
                long create = Long.parseLong(f[0]);
                long end = Long.parseLong(f[1]);
                if (end <= create) {
                    continue;
                }
                double milliCores = Long.parseLong(f[4]) * Math.round(Double.parseDouble(f[6]) * 10);
                changes.add(new double[] {create, milliCores});
                changes.add(new double[] {end, -milliCores});
            }
        }
        return changes;
    }
}
