package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceMapping;
import org.yrdsim.scenario.trace.TraceOptions;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-written fixtures under src/test/resources/traces and helpers to read them. */
final class Fixtures {
    static final long REFERENCE_MEMORY_MIB = 65_536;
    static final TraceMapping MAPPING = TraceMapping.of("opA", "Shanghai", 64, REFERENCE_MEMORY_MIB);
    static final TraceOptions OPTIONS = TraceOptions.of("trace", MAPPING);

    private Fixtures() {
    }

    static Path path(String relative) {
        return Path.of("src", "test", "resources", "traces").resolve(relative);
    }

    static List<VmRequest> drain(RequestSource source) {
        try (source) {
            var requests = new ArrayList<VmRequest>();
            source.forEachRemaining(requests::add);
            return requests;
        }
    }

    static List<VmRequest> read(TraceFormat format, String relative, TraceOptions options) {
        return drain(TraceReaders.open(format, path(relative), options));
    }

    /** Every line of a trace file as the readers see it (unpacked, decoded). */
    static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (TraceLines reader = TraceFiles.open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
