package org.yrdsim.workload.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alibaba cluster-trace-v2018 {@code machine_usage.csv}: per-machine usage about every 10 s, no
 * header, grouped by machine but not sorted by time.
 *
 * <pre>
 *  1 machine_id
 *  2 time_stamp        s from the trace start
 *  3 cpu_util_percent  0..100  -> busy share = this / 100
 *  4 mem_util_percent  0..100
 *  5 mem_gps, 6 mkpi, 7 net_in, 8 net_out, 9 disk_io_percent (-1 or 101 = invalid)
 * </pre>
 * One series per machine (machine-id order), averaged into steps of {@code stepSeconds} counted
 * from trace time 0, from the machine's first to its last step (see {@link BucketedSeries} for
 * gaps). Memory is per step and machine, not per row: the full table (4,034 machines over 8 days)
 * at 300 s steps needs about 75 MB. A row with an empty or invalid CPU value (outside 0..100) or a
 * negative time is malformed; a first data row without 9 fields fails with a
 * {@link TraceFormatException}.
 */
public final class AlibabaMachineUsage {
    public static final double DEFAULT_STEP_SECONDS = 300;
    private static final int COLUMNS = 9;

    private AlibabaMachineUsage() {
    }

    public static UsageLibrary read(Path file, double stepSeconds) {
        if (!(stepSeconds > 0)) {
            throw new IllegalArgumentException("step must be positive: " + stepSeconds);
        }
        TraceFiles.requireFile(file);
        var report = new TraceReport();
        Map<String, BucketedSeries> machines = new TreeMap<>();
        try (TraceRows rows = new TraceRows(file, report, TraceRows.Headers.NONE, false)) {
            for (String line = rows.next(); line != null; line = rows.next()) {
                try {
                    Fields f = Fields.csv(line, COLUMNS, "Alibaba 2018 machine_usage");
                    double time = f.doubleValue(1, "time_stamp");
                    double percent = f.requiredDouble(2, "cpu_util_percent");
                    if (!(percent >= 0 && percent <= 100)) {
                        throw BadRow.value("cpu_util_percent outside 0..100: " + percent);
                    }
                    BucketedSeries series = machines.computeIfAbsent(f.text(0), id -> new BucketedSeries(0, stepSeconds));
                    if (!series.add(time, percent / 100)) {
                        throw BadRow.value("negative time_stamp " + f.text(1));
                    }
                } catch (BadRow bad) {
                    rows.malformed(bad);
                }
            }
        }
        var series = new ArrayList<UsageSeries>();
        machines.forEach((id, buckets) -> {
            if (!buckets.isEmpty()) {
                series.add(buckets.build(id, report));
                report.produced(1);
            }
        });
        return new UsageLibrary(series, report);
    }
}
