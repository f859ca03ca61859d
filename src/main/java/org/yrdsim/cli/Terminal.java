package org.yrdsim.cli;

/** Whether a person is watching: progress lines are drawn only then, so that logs stay clean. */
final class Terminal {
    private Terminal() {
    }

    /** True when the JVM has a console (Java 17: standard input and output are both a terminal). */
    static boolean attached() {
        return System.console() != null;
    }
}
