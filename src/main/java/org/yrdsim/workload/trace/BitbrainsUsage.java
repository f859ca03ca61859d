package org.yrdsim.workload.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bitbrains GWA-T-12 per-VM performance files ({@code fastStorage} / {@code Rnd} sets): one file
 * per VM, a header line, then rows separated by {@code ;} followed by a tab.
 *
 * <pre>
 *  1 Timestamp [ms]                  labelled ms, but Unix epoch seconds
 *  2 CPU cores
 *  3 CPU capacity provisioned [MHZ]
 *  4 CPU usage [MHZ]
 *  5 CPU usage [%]                   -> busy share = this / 100
 *  6 Memory capacity provisioned [KB]
 *  7 Memory usage [KB]
 *  8 Disk read throughput [KB/s]
 *  9 Disk write throughput [KB/s]
 * 10 Network received throughput [KB/s]
 * 11 Network transmitted throughput [KB/s]
 * </pre>
 * Samples come about every 300 s; they are averaged into 300 s steps counted from the file's first
 * timestamp (see {@link BucketedSeries} for gaps). A row whose CPU usage is outside 0..100 or whose
 * time is before the first row is malformed. A file without the header, or whose first data row
 * has not 11 fields, is not in this format and fails with a {@link TraceFormatException}.
 * Reads one file or every file of a directory (file-name order), one series per file.
 */
public final class BitbrainsUsage {
    public static final double STEP_SECONDS = 300;
    private static final int COLUMNS = 11;

    private BitbrainsUsage() {
    }

    public static UsageLibrary read(Path fileOrDirectory) {
        List<Path> files;
        if (Files.isDirectory(fileOrDirectory)) {
            files = PlanetLabUsage.filesIn(fileOrDirectory);
        } else {
            TraceFiles.requireFile(fileOrDirectory);
            files = List.of(fileOrDirectory);
        }
        var report = new TraceReport();
        var series = new ArrayList<UsageSeries>();
        for (Path file : files) {
            BucketedSeries buckets = readFile(file, report);
            if (buckets.isEmpty()) {
                report.skip("file without usable rows");
            } else {
                series.add(buckets.build(file.getFileName().toString(), report));
                report.produced(1);
            }
        }
        return new UsageLibrary(series, report);
    }

    private static BucketedSeries readFile(Path file, TraceReport report) {
        BucketedSeries buckets = null;
        try (TraceRows rows = new TraceRows(file, report, TraceRows.Headers.NONE, true)) {
            rows.requireHeader(header -> header.strip().startsWith("Timestamp"), "the Bitbrains header starting 'Timestamp [ms]'");
            for (String line = rows.next(); line != null; line = rows.next()) {
                try {
                    Fields f = Fields.of(line.split(";", -1), COLUMNS, "Bitbrains GWA-T-12");
                    double time = f.doubleValue(0, "Timestamp");
                    double percent = f.requiredDouble(4, "CPU usage [%]");
                    if (buckets == null) {
                        buckets = new BucketedSeries(time, STEP_SECONDS);
                    }
                    if (!(percent >= 0 && percent <= 100)) {
                        throw BadRow.value("CPU usage [%] outside 0..100: " + percent);
                    }
                    if (!buckets.add(time, percent / 100)) {
                        throw BadRow.value("time %s is before the file's first row".formatted(f.text(0)));
                    }
                } catch (BadRow bad) {
                    rows.malformed(bad);
                }
            }
        }
        return buckets == null ? new BucketedSeries(0, STEP_SECONDS) : buckets;
    }
}
