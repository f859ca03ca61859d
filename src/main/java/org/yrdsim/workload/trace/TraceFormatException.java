package org.yrdsim.workload.trace;

import java.nio.file.Path;

/** A file that is clearly not in the stated format; the message names the file, the line and what was expected. */
public class TraceFormatException extends TraceException {
    public TraceFormatException(Path file, long line, String problem) {
        super("%s, line %d: %s".formatted(file, line, problem));
    }
}
