package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

/**
 * Standard Workload Format (Parallel Workloads Archive): lines starting with {@code ;} are the
 * header; every other line is one job of 18 whitespace-separated fields, -1 meaning unknown.
 *
 * <pre>
 *  1 job number            row key for sampling
 *  2 submit time           s from the log start  -> arrival
 *  3 wait time             s: the job ran from submit + wait (unknown: from submit)
 *  4 run time              s                     -> lifetime
 *  5 allocated processors                        -> cores (1 processor = 1 core)
 *  6 average CPU time used s per processor       -> busy share = this / run time
 *  7 used memory           KB per processor      -> memory = this x processors
 *  8 requested processors  used when 5 is unknown
 *  9 requested time        s (not used: a user's estimate, not the run)
 * 10 requested memory      KB per processor, used when 7 is unknown
 * 11 status, 12 user (the owner), 13 group, 14 executable, 15 queue, 16 partition,
 * 17 preceding job, 18 think time
 * </pre>
 * Unknowns: a job with unknown run time, or unknown allocated and requested processors, is skipped
 * and counted (nothing can be said of its life or size); an unknown submit time is malformed.
 * With neither used nor requested memory the mapping's memory per core is used; with no average
 * CPU time the mapping's default busy share. KB is taken as KiB (1,024 bytes). The request arrives
 * at the submit time and lives for the run time (the simulator does its own queueing); the recorded
 * wait only says when the job was running, which a window starting inside the log needs. A log
 * records no job that was running before it began, so a replay from its start starts empty.
 */
final class SwfParser implements TaskParser {
    private final TraceMapping mapping;

    SwfParser(TraceMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean isHeader(String line, long lineNumber) {
        return line.stripLeading().startsWith(";");
    }

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.whitespace(line, 18, "the Standard Workload Format");
        String job = f.text(0);
        double submit = f.doubleValue(1, "submit time");
        double wait = f.doubleValue(2, "wait time");
        double run = f.doubleValue(3, "run time");
        long allocated = f.longValue(4, "allocated processors");
        double cpuTime = f.doubleValue(5, "average CPU time used");
        double usedKb = f.doubleValue(6, "used memory");
        long requested = f.longValue(7, "requested processors");
        double requestedKb = f.doubleValue(9, "requested memory");
        String user = f.text(11);
        if (submit < 0) {
            throw BadRow.value("submit time is unknown (" + f.text(1) + ")");
        }
        if (run < 0) {
            out.skip("unknown run time");
            return;
        }
        long processors = allocated > 0 ? allocated : requested;
        if (processors <= 0) {
            out.skip("unknown processor count");
            return;
        }
        if (processors > Integer.MAX_VALUE / 1000) {
            throw BadRow.value("processor count out of range: " + processors);
        }
        double kbPerProcessor = usedKb > 0 ? usedKb : requestedKb;
        long memoryMib = kbPerProcessor > 0
            ? Math.max(1, (long) Math.ceil(kbPerProcessor * processors / 1024))
            : mapping.memoryPerCoreMib() * processors;
        double busy = cpuTime > 0 && run > 0 ? Math.min(1, cpuTime / run) : Double.NaN;
        double started = submit + Math.max(0, wait);
        out.accept(new TraceTask(job, submit, started, run, 1, (int) processors * 1000, memoryMib, user, busy));
    }
}
