package org.yrdsim.workload.trace;

/**
 * A trace could not be read: a missing or unreadable file, or (as {@link TraceFormatException})
 * a file that is not in the stated format. The message is meant for the user as it stands, so a
 * command line prints it without a stack trace.
 */
public class TraceException extends RuntimeException {
    public TraceException(String message) {
        super(message);
    }

    public TraceException(String message, Throwable cause) {
        super(message, cause);
    }
}
