package org.yrdsim.workload.trace;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The one loop over a trace file's data rows that every reader shares: it numbers lines, passes
 * over blank and header lines, counts each data row as read, and applies the rule for bad rows: a
 * first data row of the wrong shape means the file is not in the format (refused in one line),
 * while any later bad row is counted as malformed with its line number and the reading goes on.
 */
final class TraceRows implements Closeable {
    /** Which lines are a format's header or comments, by text and line number. */
    interface Headers {
        Headers NONE = (line, lineNumber) -> false;

        boolean isHeader(String line, long lineNumber);
    }

    private final Path file;
    private final String rowLabel;
    private final TraceReport report;
    private final Headers headers;
    private final TraceLines lines;
    private long lineNumber;
    private long dataRows;

    /** {@code namedInMalformed}: formats read from a folder of files say which file a bad row is in. */
    TraceRows(Path file, TraceReport report, Headers headers, boolean namedInMalformed) {
        this.file = file;
        this.rowLabel = namedInMalformed ? file.getFileName() + " line " : "line ";
        this.report = report;
        this.headers = headers;
        this.lines = TraceFiles.open(file);
    }

    /** Reads the first line as a header the format requires, refusing the file when it is missing or {@code wrong}. */
    void requireHeader(Predicate<String> isHeader, String expected) {
        try {
            String header = lines.readLine();
            lineNumber++;
            if (header == null || !isHeader.test(header)) {
                throw new TraceFormatException(file, 1, "expected " + expected);
            }
        } catch (IOException e) {
            throw new TraceException("cannot read trace file %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    /** The next data row, counted as read, or null at the end of the file. */
    String next() {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (!line.isBlank() && !headers.isHeader(line, lineNumber)) {
                    dataRows++;
                    report.rowRead();
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new TraceException("cannot read trace file %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    /** The row just returned is bad: refused as a wrong format if it is the first and of the wrong shape, else counted. */
    void malformed(BadRow bad) {
        if (dataRows == 1 && bad.wrongShape()) {
            throw new TraceFormatException(file, lineNumber, "expected " + bad.getMessage());
        }
        report.malformed(rowLabel + lineNumber, bad.getMessage());
    }

    /** A fault in the row just returned that no reading can go past. */
    TraceFormatException refuse(String reason) {
        return new TraceFormatException(file, lineNumber, reason);
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException ignored) {
            // closing a read-only file cannot lose data
        }
    }
}
