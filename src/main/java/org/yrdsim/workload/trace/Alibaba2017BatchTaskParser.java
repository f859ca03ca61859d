package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

/**
 * Alibaba cluster-trace-v2017 {@code batch_task.csv}: one row per task, comma-separated, in no
 * time order; a header line may be present (recognised by a first field that is not a number).
 *
 * <pre>
 *  1 task_create_time  s from the trace start (may be negative: created before it)
 *  2 task_end_time     s
 *  3 job_id            integer; taken as the owner
 *  4 task_id           integer
 *  5 instance_num      instances of the task
 *  6 status            Terminated / Failed / Waiting / Running
 *  7 plan_cpu          per instance, 100 = 1 core (empty for tasks that never ran)
 *  8 plan_mem          per instance, share of the reference machine's memory (0..1)
 * </pre>
 * Row key for sampling: job_id/task_id. Status rules and instance spreading: {@link BatchTasks}.
 * A task that ran but has no plan_cpu or plan_mem, or a non-positive instance_num, is malformed.
 */
final class Alibaba2017BatchTaskParser implements TaskParser {
    private final TraceMapping mapping;

    Alibaba2017BatchTaskParser(TraceMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean isHeader(String line, long lineNumber) {
        return lineNumber == 1 && !Character.isDigit(line.strip().charAt(0)) && line.strip().charAt(0) != '-';
    }

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.csv(line, 8, "Alibaba 2017 batch_task");
        long create = f.longValue(0, "task_create_time");
        long end = f.longValue(1, "task_end_time");
        String job = f.text(2);
        String task = f.text(3);
        long instances = f.longValue(4, "instance_num");
        String status = f.text(5);
        if (!BatchTasks.ran(status)) {
            out.skip("status " + status);
            return;
        }
        double cpu = f.requiredDouble(6, "plan_cpu");
        double mem = f.requiredDouble(7, "plan_mem");
        if (end < create) {
            throw BadRow.value("task_end_time %d is before task_create_time %d".formatted(end, create));
        }
        if (instances < 1 || instances > Integer.MAX_VALUE) {
            throw BadRow.value("instance_num must be a positive integer, found " + instances);
        }
        if (!(cpu > 0) || !(mem > 0) || mem > 1) {
            throw BadRow.value("plan_cpu must be > 0 and plan_mem in (0, 1], found %s and %s".formatted(cpu, mem));
        }
        BatchTasks.emit(job + "/" + task, create, end, (int) instances, TraceMapping.milliCores(cpu / 100),
            mapping.memoryOfShare(mem), job, mapping.parallelism(), out);
    }
}
