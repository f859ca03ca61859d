package org.yrdsim.workload.trace;

/** Turns the data lines of one machine-list format into machines; one implementation per format. */
interface MachineParser {
    /** Header lines, passed over without counting as rows; the machine tables have none. */
    default boolean isHeader(String line, long lineNumber) {
        return false;
    }

    /** The machine this line adds, or null when the line adds none (the parser says why in the report). */
    Machine parse(String line, TraceReport report) throws BadRow;
}
