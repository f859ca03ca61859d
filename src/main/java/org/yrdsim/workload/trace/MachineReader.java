package org.yrdsim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the machines a trace says its cluster had, line by line in file order. Opening reads up
 * to the first machine, so a file that is not in the format fails at once with a
 * {@link TraceFormatException}; later bad rows are counted in {@link #report()}.
 */
public final class MachineReader implements Iterator<Machine>, AutoCloseable {
    private final Path file;
    private final MachineParser parser;
    private final TraceLines reader;
    private final TraceReport report = new TraceReport();
    private long lineNumber;
    private boolean seenDataLine;
    private Machine next;

    MachineReader(Path file, MachineParser parser) {
        TraceFiles.requireFile(file);
        this.file = file;
        this.parser = parser;
        this.reader = TraceFiles.open(file);
        try {
            advance();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public TraceReport report() {
        return report;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Machine next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Machine machine = next;
        advance();
        return machine;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // closing a read-only file cannot lose data
        }
    }

    private void advance() {
        next = null;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || parser.isHeader(line, lineNumber)) {
                    continue;
                }
                report.rowRead();
                Machine machine = parseCounted(line);
                if (machine != null) {
                    report.produced(1);
                    next = machine;
                    return;
                }
            }
        } catch (IOException e) {
            throw new TraceException("cannot read trace file %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    private Machine parseCounted(String line) {
        boolean first = !seenDataLine;
        seenDataLine = true;
        try {
            return parser.parse(line, report);
        } catch (BadRow bad) {
            if (first && bad.wrongShape()) {
                throw new TraceFormatException(file, lineNumber, "expected " + bad.getMessage());
            }
            report.malformed("line " + lineNumber, bad.getMessage());
            return null;
        }
    }
}
