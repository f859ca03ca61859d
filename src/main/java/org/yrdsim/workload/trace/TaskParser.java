package org.yrdsim.workload.trace;

/** Turns the data lines of one request format into {@link TraceTask}s; one implementation per format. */
interface TaskParser {
    /** Header or comment lines, passed over without counting as rows; most trace tables have none. */
    default boolean isHeader(String line, long lineNumber) {
        return false;
    }

    void parse(String line, TaskSink out) throws BadRow;

    /** Called after the last line: formats that pair start and end events flush what is still open. */
    default void finish(TaskSink out) {
    }
}
