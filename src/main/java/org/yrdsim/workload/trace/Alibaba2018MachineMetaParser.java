package org.yrdsim.workload.trace;

import java.util.HashSet;
import java.util.Set;

/**
 * Alibaba cluster-trace-v2018 {@code machine_meta.csv} (plain, or the official tar.gz holding it).
 * Comma-separated, no header; several rows per machine (one per status change).
 *
 * <pre>
 *  1 machine_id
 *  2 time_stamp        s from the trace start
 *  3 failure_domain_1
 *  4 failure_domain_2
 *  5 cpu_num           cores
 *  6 mem_size          0..100 share of the reference machine's memory
 *  7 status            USING / IMPORT_INSTALLING / ...
 * </pre>
 * Each machine's first row gives one machine, whatever its status (a machine being installed is
 * still part of the cluster); its later rows are counted. A row with no positive cores or memory
 * in (0, 100] is malformed. The set of machine ids seen is kept (thousands).
 */
final class Alibaba2018MachineMetaParser implements MachineParser {
    private final long referenceMemoryMib;
    private final Set<String> seen = new HashSet<>();

    Alibaba2018MachineMetaParser(long referenceMemoryMib) {
        this.referenceMemoryMib = referenceMemoryMib;
    }

    @Override
    public Machine parse(String line, TraceReport report) throws BadRow {
        Fields f = Fields.csv(line, 7, "Alibaba 2018 machine_meta");
        String id = f.text(0);
        f.longValue(1, "time_stamp");
        double cores = f.requiredDouble(4, "cpu_num");
        double memory = f.requiredDouble(5, "mem_size");
        if (!seen.add(id)) {
            report.skip("later row of a machine already seen");
            return null;
        }
        if (!(cores >= 1) || cores != Math.rint(cores) || !(memory > 0) || memory > 100) {
            throw BadRow.value("need whole cpu_num >= 1 and mem_size in (0, 100], found %s and %s".formatted(cores, memory));
        }
        return new Machine(id, (int) cores, Math.max(1, Math.round(memory / 100 * referenceMemoryMib)));
    }
}
