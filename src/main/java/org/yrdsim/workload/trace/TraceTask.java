package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;

/**
 * One row's worth of requests as a format parser sees it, in trace seconds, before the window,
 * sampling and time transform of {@link TraceOptions} are applied.
 *
 * @param sampleKey identifies the row for sampling (e.g. job and task id)
 * @param arrival   trace seconds when it was asked for
 * @param started   trace seconds when it began to run: later than {@code arrival} where the trace
 *                  records a wait (Google, SWF); the window needs it to tell what was running at its start
 * @param lifetime  seconds of running from {@code started}, {@link Double#POSITIVE_INFINITY} when the trace never shows the end
 * @param count     identical VMs this row asks for (a batch task's instances)
 * @param milliCores CPU of each, in thousandths of a core ({@link TraceMapping#milliCores})
 * @param cpuUsage  busy share 0..1, or NaN when the row records none
 */
record TraceTask(String sampleKey, double arrival, double started, double lifetime, int count, int milliCores,
                 long memoryMib, String owner, double cpuUsage) {
    /** A row that runs from the moment it arrives (no wait recorded). */
    TraceTask(String sampleKey, double arrival, double lifetime, int count, int milliCores, long memoryMib, String owner,
              double cpuUsage) {
        this(sampleKey, arrival, arrival, lifetime, count, milliCores, memoryMib, owner, cpuUsage);
    }

    /** Trace seconds when it stops running. */
    double end() {
        return started + lifetime;
    }
}
