package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;

/**
 * One row's worth of requests as a format parser sees it, in trace seconds, before the window,
 * sampling and time transform of {@link TraceOptions} are applied.
 *
 * @param sampleKey identifies the row for sampling (e.g. job and task id)
 * @param arrival   trace seconds
 * @param lifetime  seconds, {@link Double#POSITIVE_INFINITY} when the trace never shows the end
 * @param count     identical VMs this row asks for (a batch task's instances)
 * @param milliCores CPU of each, in thousandths of a core ({@link TraceMapping#milliCores})
 * @param cpuUsage  busy share 0..1, or NaN when the row records none
 */
record TraceTask(String sampleKey, double arrival, double lifetime, int count, int milliCores, long memoryMib,
                 String owner, double cpuUsage) {
}
