package org.yrdsim.workload.trace;

/**
 * Thrown by a row parser for a row it cannot use. A wrong-shape row (wrong column count, text
 * where a number belongs) on the first data line means the file is not in the format at all; a
 * bad value anywhere is only counted as malformed.
 */
final class BadRow extends Exception {
    private final boolean wrongShape;

    private BadRow(String reason, boolean wrongShape) {
        super(reason, null, false, false);
        this.wrongShape = wrongShape;
    }

    static BadRow shape(String expected) {
        return new BadRow(expected, true);
    }

    static BadRow value(String reason) {
        return new BadRow(reason, false);
    }

    boolean wrongShape() {
        return wrongShape;
    }
}
