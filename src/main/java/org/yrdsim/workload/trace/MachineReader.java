package org.yrdsim.workload.trace;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the machines a trace says its cluster had, line by line in file order. Opening reads up
 * to the first machine, so a file that is not in the format fails at once with a
 * {@link TraceFormatException}; later bad rows are counted in {@link #report()}.
 */
public final class MachineReader implements Iterator<Machine>, AutoCloseable {
    private final MachineParser parser;
    private final TraceReport report = new TraceReport();
    private final TraceRows rows;
    private Machine next;

    MachineReader(Path file, MachineParser parser) {
        TraceFiles.requireFile(file);
        this.parser = parser;
        this.rows = new TraceRows(file, report, parser::isHeader, false);
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
        rows.close();
    }

    private void advance() {
        next = null;
        for (String line = rows.next(); line != null; line = rows.next()) {
            try {
                next = parser.parse(line, report);
            } catch (BadRow bad) {
                rows.malformed(bad);
            }
            if (next != null) {
                report.produced(1);
                return;
            }
        }
    }
}
