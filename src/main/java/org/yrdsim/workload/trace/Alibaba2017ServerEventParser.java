package org.yrdsim.workload.trace;

import java.util.HashSet;
import java.util.Set;

/**
 * Alibaba cluster-trace-v2017 {@code server_event.csv} read as the cluster's machine list.
 * Comma-separated, no header.
 *
 * <pre>
 *  1 timestamp     s from the trace start
 *  2 machine_id
 *  3 event_type    add / softerror / harderror
 *  4 event_detail
 *  5 cpus          cores
 *  6 norm_memory   share of the reference machine's memory (0..1)
 *  7 norm_disk
 * </pre>
 * Each machine's first {@code add} event gives one machine. Error events do not change the list
 * (the machines stay part of the cluster's capacity) and are counted by type, as are repeated adds
 * of a machine. An add with no positive cores or memory is malformed.
 */
final class Alibaba2017ServerEventParser implements MachineParser {
    private final long referenceMemoryMib;
    private final Set<String> added = new HashSet<>();

    Alibaba2017ServerEventParser(long referenceMemoryMib) {
        this.referenceMemoryMib = referenceMemoryMib;
    }

    @Override
    public Machine parse(String line, TraceReport report) throws BadRow {
        Fields f = Fields.csv(line, 7, "Alibaba 2017 server_event");
        f.longValue(0, "timestamp");
        String id = f.text(1);
        String type = f.text(2);
        if (!type.equals("add")) {
            report.skip("event " + type);
            return null;
        }
        double cores = f.requiredDouble(4, "cpus");
        double memory = f.requiredDouble(5, "norm_memory");
        if (!(cores >= 1) || cores != Math.rint(cores) || !(memory > 0) || memory > 1) {
            throw BadRow.value("need whole cpus >= 1 and norm_memory in (0, 1], found %s and %s".formatted(cores, memory));
        }
        if (!added.add(id)) {
            report.skip("machine added again");
            return null;
        }
        return new Machine(id, (int) cores, Math.max(1, Math.round(memory * referenceMemoryMib)));
    }
}
