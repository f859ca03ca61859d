package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.OwnerPlacement;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.workload.UsageProfile;
import org.yrdsim.workload.VmRequest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The part every request format shares: one pass over the file at open time through the format's
 * {@link TaskParser}, applying sampling, the window and the time transform of {@link TraceOptions},
 * then an external sort ({@link TaskSorter}) so requests come out in arrival order with at most one
 * sort run (200,000 tasks) in memory, whatever order the file is in.
 *
 * <p>The first data line decides whether the file is in the format: if it has the wrong shape
 * (column count, text where a number belongs) opening fails with a {@link TraceFormatException}.
 * Later bad rows are counted in the report's {@link MalformedRows} with their line numbers.
 * Blank lines are passed over.
 */
final class TraceRequestReader implements TraceRequestSource {
    private final TraceOptions options;
    private final TraceReport report;
    private final TaskSorter sorter;
    private final Iterator<PendingRequest> pending;
    private final UsageProfile defaultUsage;
    private PendingRequest current;
    private int handedOutOfCurrent;
    private long nextId;

    private TraceRequestReader(TraceOptions options, TraceReport report, TaskSorter sorter) {
        this.options = options;
        this.report = report;
        this.sorter = sorter;
        this.pending = sorter.sorted();
        this.defaultUsage = UsageProfile.constant(options.mapping().defaultCpuUsage());
    }

    static TraceRequestReader read(Path file, TaskParser parser, TraceOptions options) {
        return read(file, parser, options, TaskSorter.DEFAULT_RUN_SIZE);
    }

    static TraceRequestReader read(Path file, TaskParser parser, TraceOptions options, int runSize) {
        TraceFiles.requireFile(file);
        var report = new TraceReport();
        var sorter = new TaskSorter(runSize);
        try {
            var sink = new WindowedSink(options, report, sorter);
            readLines(file, parser, sink, report);
            if (report.rowsRead() == 0) {
                throw new TraceException(file + ": no data rows: the file is empty or holds only a header");
            }
            parser.finish(sink);
            return new TraceRequestReader(options, report, sorter);
        } catch (RuntimeException e) {
            sorter.close();
            throw e;
        }
    }

    private static void readLines(Path file, TaskParser parser, TaskSink sink, TraceReport report) {
        try (TraceRows rows = new TraceRows(file, report, parser::isHeader, false)) {
            for (String line = rows.next(); line != null; line = rows.next()) {
                try {
                    parser.parse(line, sink);
                } catch (BadRow bad) {
                    rows.malformed(bad);
                }
            }
        }
    }

    @Override
    public TraceReport report() {
        return report;
    }

    @Override
    public boolean hasNext() {
        return (current != null && handedOutOfCurrent < current.count()) || pending.hasNext();
    }

    @Override
    public VmRequest next() {
        if (current == null || handedOutOfCurrent >= current.count()) {
            if (!pending.hasNext()) {
                throw new NoSuchElementException();
            }
            current = pending.next();
            handedOutOfCurrent = 0;
        }
        handedOutOfCurrent++;
        OwnerPlacement placement = options.mapping().placementOf(current.owner());
        UsageProfile usage = Double.isNaN(current.cpuUsage()) ? defaultUsage
            : UsageProfile.constant(current.cpuUsage());
        return new VmRequest(nextId++, current.arrival(), current.lifetime(), current.milliCores(), current.memoryMib(),
            placement.operator(), placement.origin(), options.stream(), usage);
    }

    @Override
    public void close() {
        sorter.close();
    }

    /** Sampling, window and clock transform between a parser and the sorter. */
    private static final class WindowedSink implements TaskSink {
        private final TraceOptions options;
        private final TraceReport report;
        private final TaskSorter sorter;
        private final RowSampler sampler;
        private long sequence;

        WindowedSink(TraceOptions options, TraceReport report, TaskSorter sorter) {
            this.options = options;
            this.report = report;
            this.sorter = sorter;
            this.sampler = new RowSampler(options.sampleFraction(), options.sampleSeed());
        }

        @Override
        public void accept(TraceTask task) {
            if (!(task.lifetime() > 0)) {
                report.skip("zero lifetime");
                return;
            }
            if (!sampler.keep(task.sampleKey())) {
                report.skip("sampled out");
                return;
            }
            double end = task.arrival() + task.lifetime();
            if (task.arrival() >= options.windowEnd()) {
                report.skip("arrives at or after the window end");
                return;
            }
            if (end <= options.windowStart()) {
                report.skip("ends before the window start");
                return;
            }
            double from = Math.max(task.arrival(), options.windowStart());
            double arrival = options.timeShift() + (from - options.windowStart()) / options.speedUp();
            double lifetime = (end - from) / options.speedUp();
            sorter.add(new PendingRequest(arrival, lifetime, task.count(), task.milliCores(), task.memoryMib(),
                task.owner(), task.cpuUsage(), sequence++));
            report.produced(task.count());
        }

        @Override
        public void skip(String reason) {
            report.skip(reason);
        }
    }
}
