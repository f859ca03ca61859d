package org.yrdsim.workload.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CloudSim's PlanetLab workload: a directory with one file per VM (names may contain spaces),
 * each line one integer CPU utilisation in percent (0..100), one line every 300 s (288 lines for
 * the day). Each file becomes one {@link UsageSeries} named after the file, in file-name order;
 * dot-files and subdirectories are passed over.
 *
 * <p>A file whose first line is not an integer is not PlanetLab and fails with a
 * {@link TraceFormatException}. A later line that is not an integer in 0..100 makes that file's
 * series unusable: the file is left out and the line is counted as malformed, since filling in a
 * sample would be a guess.
 */
public final class PlanetLabUsage {
    public static final double STEP_SECONDS = 300;

    private PlanetLabUsage() {
    }

    public static UsageLibrary read(Path directory) {
        TraceFiles.requireDirectory(directory);
        var report = new TraceReport();
        var series = new ArrayList<UsageSeries>();
        for (Path file : filesIn(directory)) {
            UsageSeries one = readFile(file, report);
            if (one != null) {
                series.add(one);
                report.produced(1);
            }
        }
        return new UsageLibrary(series, report);
    }

    static List<Path> filesIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new TraceException("cannot list trace directory %s: %s".formatted(directory, e.getMessage()), e);
        }
    }

    private static UsageSeries readFile(Path file, TraceReport report) {
        var shares = new float[288];
        int count = 0;
        try (TraceRows rows = new TraceRows(file, report, TraceRows.Headers.NONE, true)) {
            for (String line = rows.next(); line != null; line = rows.next()) {
                Integer percent = percent(line);
                if (percent == null && count == 0) {
                    throw rows.refuse("expected an integer CPU percentage (PlanetLab), found '" + line.strip() + "'");
                }
                if (percent == null || percent < 0 || percent > 100) {
                    rows.malformed(BadRow.value("not an integer percentage in 0..100: '" + line.strip() + "'; file left out"));
                    return null;
                }
                if (count == shares.length) {
                    shares = Arrays.copyOf(shares, count * 2);
                }
                shares[count++] = percent / 100f;
            }
        }
        if (count == 0) {
            report.skip("empty file");
            return null;
        }
        return new UsageSeries(file.getFileName().toString(), 0, STEP_SECONDS, Arrays.copyOf(shares, count));
    }

    private static Integer percent(String line) {
        try {
            return Integer.parseInt(line.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
