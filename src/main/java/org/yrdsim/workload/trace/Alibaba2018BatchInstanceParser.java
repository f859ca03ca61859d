package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

/**
 * Alibaba cluster-trace-v2018 {@code batch_instance.csv}: one row per instance run, no header.
 *
 * <pre>
 *  1 instance_name
 *  2 task_name
 *  3 job_name      taken as the owner
 *  4 task_type
 *  5 status        Terminated / Failed / ...
 *  6 start_time    s from the trace start
 *  7 end_time      s
 *  8 machine_id
 *  9 seq_no        attempt number of this instance
 * 10 total_seq_no
 * 11 cpu_avg       100 = 1 core
 * 12 cpu_max       100 = 1 core
 * 13 mem_avg       0..100 share of the reference machine's memory
 * 14 mem_max       0..100
 * </pre>
 * The table records what an instance used, not what it asked for, so the request is sized by
 * its peak: cores = cpu_max / 100, memory = mem_max, and its busy share is
 * cpu_avg / cpu_max. Each row is one VM over [start, end). Only Terminated and Failed rows
 * ran (see {@link BatchTasks}); rows that ran with missing or invalid (-1, 101) usage are malformed.
 * Row key for sampling: job_name/task_name/instance_name/seq_no.
 */
final class Alibaba2018BatchInstanceParser implements TaskParser {
    private final TraceMapping mapping;

    Alibaba2018BatchInstanceParser(TraceMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.csv(line, 14, "Alibaba 2018 batch_instance");
        String instance = f.text(0);
        String task = f.text(1);
        String job = f.text(2);
        String status = f.text(4);
        long start = f.longValue(5, "start_time");
        long end = f.longValue(6, "end_time");
        String attempt = f.text(8);
        if (!BatchTasks.ran(status)) {
            out.skip("status " + status);
            return;
        }
        double cpuAvg = f.requiredDouble(10, "cpu_avg");
        double cpuMax = f.requiredDouble(11, "cpu_max");
        double memMax = f.requiredDouble(13, "mem_max");
        if (end < start) {
            throw BadRow.value("end_time %d is before start_time %d".formatted(end, start));
        }
        if (!(cpuMax > 0) || cpuAvg < 0 || cpuAvg > cpuMax || !(memMax > 0) || memMax > 100) {
            throw BadRow.value("need 0 <= cpu_avg <= cpu_max, cpu_max > 0 and mem_max in (0, 100], found %s, %s, %s"
                .formatted(cpuAvg, cpuMax, memMax));
        }
        int milliCores = TraceMapping.milliCores(cpuMax / 100);
        out.accept(new TraceTask(job + "/" + task + "/" + instance + "/" + attempt, start, end - start, 1, milliCores,
            mapping.memoryOfShare(memMax / 100), job, Math.min(1, cpuAvg / (milliCores / 10.0))));
    }
}
