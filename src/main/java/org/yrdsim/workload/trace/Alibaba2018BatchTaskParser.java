package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

/**
 * Alibaba cluster-trace-v2018 {@code batch_task.csv}: one row per task, no header.
 *
 * <pre>
 *  1 task_name     unique within a job (encodes the DAG)
 *  2 instance_num  instances of the task
 *  3 job_name      taken as the owner
 *  4 task_type
 *  5 status        Terminated / Failed / Waiting / Running / ...
 *  6 start_time    s from the trace start
 *  7 end_time      s
 *  8 plan_cpu      per instance, 100 = 1 core
 *  9 plan_mem      per instance, 0..100 share of the reference machine's memory
 * </pre>
 * Row key for sampling: job_name/task_name. Status rules and instance spreading: {@link BatchTasks}.
 * A task that ran with a missing or invalid size (the trace marks invalid values as -1 or 101)
 * is malformed.
 */
final class Alibaba2018BatchTaskParser implements TaskParser {
    private final TraceMapping mapping;

    Alibaba2018BatchTaskParser(TraceMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.csv(line, 9, "Alibaba 2018 batch_task");
        String task = f.text(0);
        long instances = f.longValue(1, "instance_num");
        String job = f.text(2);
        String status = f.text(4);
        long start = f.longValue(5, "start_time");
        long end = f.longValue(6, "end_time");
        if (!BatchTasks.ran(status)) {
            out.skip("status " + status);
            return;
        }
        double cpu = f.requiredDouble(7, "plan_cpu");
        double mem = f.requiredDouble(8, "plan_mem");
        if (end < start) {
            throw BadRow.value("end_time %d is before start_time %d".formatted(end, start));
        }
        if (instances < 1 || instances > Integer.MAX_VALUE) {
            throw BadRow.value("instance_num must be a positive integer, found " + instances);
        }
        if (!(cpu > 0) || !(mem > 0) || mem > 100) {
            throw BadRow.value("plan_cpu must be > 0 and plan_mem in (0, 100], found %s and %s".formatted(cpu, mem));
        }
        BatchTasks.emit(job + "/" + task, start, end, (int) instances, TraceMapping.milliCores(cpu / 100),
            mapping.memoryOfShare(mem / 100), job, mapping.parallelism(), out);
    }
}
