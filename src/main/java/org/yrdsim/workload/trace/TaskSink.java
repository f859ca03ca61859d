package org.yrdsim.workload.trace;

/** Where a format parser puts the tasks it reads and the rows it leaves out by rule. */
interface TaskSink {
    void accept(TraceTask task);

    void skip(String reason);
}
