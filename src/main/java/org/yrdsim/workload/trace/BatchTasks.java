package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.Parallelism;

/**
 * What Alibaba's two batch_task tables share: which statuses ran, and how a task's instances
 * become {@link TraceTask}s under the mapping's {@link Parallelism}.
 *
 * <p>Terminated and Failed tasks ran over [create, end) and become requests (a failed task held
 * its resources until it failed). Waiting tasks never ran, and a Running task's end column is not
 * its end (many are before its create time), so both are skipped and counted by status; other
 * statuses likewise. An end before the create time of a task that ran is malformed.
 */
final class BatchTasks {
    private BatchTasks() {
    }

    static boolean ran(String status) {
        return status.equals("Terminated") || status.equals("Failed");
    }

    static void emit(String key, double create, double end, int instances, int milliCores, long memoryMib,
                     String owner, Parallelism parallelism, TaskSink out) {
        double span = end - create;
        for (Parallelism.Wave wave : parallelism.waves(instances)) {
            out.accept(new TraceTask(key, create + wave.startShare() * span, wave.lengthShare() * span,
                wave.instances(), milliCores, memoryMib, owner, Double.NaN));
        }
    }
}
