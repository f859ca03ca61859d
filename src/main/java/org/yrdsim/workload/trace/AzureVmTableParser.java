package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

/**
 * Azure public dataset {@code vmtable.csv} (V1 2017 and V2 2019 share the layout): one row per VM,
 * comma-separated, no header, in no guaranteed time order.
 *
 * <pre>
 *  1 vmid
 *  2 subscriptionid  taken as the owner
 *  3 deploymentid
 *  4 vmcreated       s from the trace start (multiples of 300)
 *  5 vmdeleted       s
 *  6 maxcpu          % over the VM's life
 *  7 avgcpu          %   -> busy share = avgcpu / 100
 *  8 p95maxcpu       %
 *  9 vmcategory      Delay-insensitive / Interactive / Unknown
 * 10 vmcorecount     V1: virtual cores; V2: core-count bucket (2, 4, 8, 24, &gt;24)
 * 11 vmmemory        V1: GB; V2: memory bucket in GB (2, 4, 8, 32, 64, &gt;64)
 * </pre>
 * A V2 bucket value N is read as N cores or N GB, the top of the bucket, so requests never
 * reserve less than the VM had. The open-ended buckets (&gt;24 cores, &gt;64 GB) have no top: such
 * rows are skipped and counted rather than given an invented size. GB is taken as GiB. A VM
 * deleted before it was created is malformed. Row key for sampling: vmid.
 */
final class AzureVmTableParser implements TaskParser {
    private static final long MIB_PER_GIB = 1024;

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.csv(line, 11, "the Azure vmtable");
        String vm = f.text(0);
        String subscription = f.text(1);
        long created = f.longValue(3, "vmcreated");
        long deleted = f.longValue(4, "vmdeleted");
        double avgCpu = f.requiredDouble(6, "avgcpu");
        if (f.text(9).startsWith(">") || f.text(10).startsWith(">")) {
            out.skip("open-ended size bucket");
            return;
        }
        double cores = f.doubleValue(9, "vmcorecount");
        double memoryGib = f.doubleValue(10, "vmmemory");
        if (deleted < created) {
            throw BadRow.value("vmdeleted %d is before vmcreated %d".formatted(deleted, created));
        }
        if (!(cores > 0) || !(memoryGib > 0) || avgCpu < 0 || avgCpu > 100) {
            throw BadRow.value("need positive cores and memory and avgcpu in [0, 100], found %s, %s, %s"
                .formatted(cores, memoryGib, avgCpu));
        }
        out.accept(new TraceTask(vm, created, deleted - created, 1, TraceMapping.milliCores(cores),
            Math.max(1, (long) Math.ceil(memoryGib * MIB_PER_GIB)), subscription, avgCpu / 100));
    }
}
