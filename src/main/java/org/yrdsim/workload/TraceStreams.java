package org.yrdsim.workload;

import org.yrdsim.scenario.TraceStreamSpec;
import org.yrdsim.workload.trace.TraceException;
import org.yrdsim.workload.trace.TraceOptions;
import org.yrdsim.workload.trace.TraceReaders;

/**
 * Opens a scenario's trace stream. The scenario's scale, which shrinks hosts and demand together,
 * multiplies the stream's sampling fraction: a replay at scale 0.1 keeps a tenth of the rows it
 * would otherwise keep (the reader refuses scales above 1, as rows cannot be invented).
 */
final class TraceStreams {
    private TraceStreams() {
    }

    static RequestSource open(TraceStreamSpec spec, double scale) {
        TraceOptions options = spec.options()
            .withSampling(Math.min(1, spec.options().sampleFraction() * scale), spec.options().sampleSeed());
        try {
            return spec.jobEvents().isPresent()
                ? TraceReaders.openGoogle(spec.file(), spec.jobEvents().get(), options)
                : TraceReaders.open(spec.format(), spec.file(), options);
        } catch (TraceException e) {
            throw new TraceException("trace stream '" + spec.name() + "': " + e.getMessage(), e);
        }
    }
}
