package org.yrdsim.workload.trace;

import org.yrdsim.scenario.TraceStreamSpec;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.TraceProvenance;
import org.yrdsim.workload.VmRequest;

import java.util.List;

/**
 * Opens a scenario's trace stream. The scenario's scale, which shrinks hosts and demand together,
 * multiplies the stream's sampling fraction: a replay at scale 0.1 keeps a tenth of the rows it
 * would otherwise keep (the reader refuses scales above 1, as rows cannot be invented). A trace
 * with more malformed rows than the stream's {@code maxMalformed} is refused before it is replayed;
 * otherwise what was read, skipped and malformed goes with the requests as their provenance.
 */
public final class TraceStreams {
    /** Malformed rows quoted in a refusal; the results list more. */
    private static final int QUOTED = 3;

    private TraceStreams() {
    }

    public static RequestSource open(TraceStreamSpec spec, double scale) {
        TraceOptions options = spec.options()
            .withSampling(Math.min(1, spec.options().sampleFraction() * scale), spec.options().sampleSeed());
        TraceRequestSource source;
        try {
            source = spec.jobEvents().isPresent()
                ? TraceReaders.openGoogle(spec.file(), spec.jobEvents().get(), options)
                : TraceReaders.open(spec.format(), spec.file(), options);
        } catch (TraceException e) {
            throw new TraceException("trace stream '" + spec.name() + "': " + e.getMessage(), e);
        }
        TraceReport report = source.report();
        if (!spec.maxMalformed().allows(report.malformed().count(), report.rowsRead())) {
            source.close();
            throw new TraceException("trace stream '%s': %d of the %d rows of %s are malformed, more than maxMalformed (%s) allows: %s; fix the file, or raise maxMalformed if the replay may do without them"
                .formatted(spec.name(), report.malformed().count(), report.rowsRead(), spec.file(), spec.maxMalformed(),
                    String.join("; ", report.malformed().examples().subList(0, Math.min(QUOTED, report.malformed().examples().size())))));
        }
        return new Replay(source, new TraceProvenance(spec.name(), spec.format().scenarioName(), spec.file().toString(),
            report.rowsRead(), report.produced(), report.skipped(), report.malformed().count(), report.malformed().examples(),
            spec.maxMalformed()));
    }

    /** A trace's requests with the account of how its file was read. */
    private record Replay(TraceRequestSource requests, TraceProvenance provenance) implements RequestSource {
        @Override
        public boolean hasNext() {
            return requests.hasNext();
        }

        @Override
        public VmRequest next() {
            return requests.next();
        }

        @Override
        public void close() {
            requests.close();
        }

        @Override
        public List<TraceProvenance> traces() {
            return List.of(provenance);
        }
    }
}
