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
 * Peak of concurrently requested cores, and an independent reading of the raw Alibaba 2017
 * batch_task file for it: plain gzip and string splitting, none of the reader's classes.
 */
final class CoreSweep {
    private CoreSweep() {
    }

    /** @param changes (time, +cores or -cores); intervals are [start, end), so ends count first at equal times */
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
     * instance_num x plan_cpu / 100 cores over [create, end); {@code wholeCores} rounds each
     * instance up to whole cores as VM requests must.
     */
    static List<double[]> rawAlibaba2017Changes(Path gzipFile, boolean wholeCores) throws IOException {
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
                double perInstance = Double.parseDouble(f[6]) / 100;
                double cores = Long.parseLong(f[4]) * (wholeCores ? Math.max(1, Math.ceil(perInstance)) : perInstance);
                changes.add(new double[] {create, cores});
                changes.add(new double[] {end, -cores});
            }
        }
        return changes;
    }
}
