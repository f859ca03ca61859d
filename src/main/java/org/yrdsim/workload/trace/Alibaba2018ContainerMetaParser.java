package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

import java.util.HashSet;
import java.util.Set;

/**
 * Alibaba cluster-trace-v2018 {@code container_meta.csv}: rows of container events, no header.
 *
 * <pre>
 *  1 container_id
 *  2 machine_id
 *  3 time_stamp   s from the trace start
 *  4 app_du       deploy unit (application group); taken as the owner
 *  5 status
 *  6 cpu_request  100 = 1 core
 *  7 cpu_limit    100 = 1 core
 *  8 mem_size     0..100 share of the reference machine's memory
 * </pre>
 * Containers are long-running online services and the table records no stop time, so each
 * container is one request at its first row, alive to the end (infinite lifetime), sized by
 * cpu_request and mem_size. Its later rows are counted as "later row of a container already seen".
 * The set of container ids seen is kept (tens of thousands in the full trace). A missing or
 * invalid (-1, 101) size is malformed. Row key for sampling: container_id.
 */
final class Alibaba2018ContainerMetaParser implements TaskParser {
    private final TraceMapping mapping;
    private final Set<String> seen = new HashSet<>();

    Alibaba2018ContainerMetaParser(TraceMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.csv(line, 8, "Alibaba 2018 container_meta");
        String container = f.text(0);
        long time = f.longValue(2, "time_stamp");
        String appDu = f.text(3);
        double cpu = f.requiredDouble(5, "cpu_request");
        double mem = f.requiredDouble(7, "mem_size");
        if (!seen.add(container)) {
            out.skip("later row of a container already seen");
            return;
        }
        if (!(cpu > 0) || !(mem > 0) || mem > 100) {
            throw BadRow.value("cpu_request must be > 0 and mem_size in (0, 100], found %s and %s".formatted(cpu, mem));
        }
        out.accept(new TraceTask(container, time, Double.POSITIVE_INFINITY, 1, TraceMapping.milliCores(cpu / 100),
            mapping.memoryOfShare(mem / 100), appDu, Double.NaN));
    }
}
