package org.yrdsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the trace files a scenario names are looked for. A relative path is taken from the folder
 * of the scenario file, or, when the user names a trace directory ({@code --trace-dir}), from that
 * directory instead: shipped scenarios name each file by its place in the trace's own download
 * layout, and each user keeps the (large) downloads wherever they like. Absolute paths are used
 * as written.
 */
public record TraceLocator(Optional<Path> traceDirectory) {
    public static final TraceLocator BESIDE_SCENARIO = new TraceLocator(Optional.empty());

    public static TraceLocator under(Path directory) {
        return new TraceLocator(Optional.of(directory));
    }

    /** The existing file that {@code node.key} names, or an error at that key saying where it was looked for. */
    Path existingFile(ScenarioNode node, String key, String scenarioFile) {
        Path written = Path.of(node.string(key));
        Path file = written.isAbsolute() ? written : base(scenarioFile).resolve(written).normalize();
        if (!Files.isRegularFile(file)) {
            throw node.error(key, "trace file not found: " + file
                + (traceDirectory.isPresent() || written.isAbsolute() ? "" : " (or give --trace-dir DIR to look under DIR)"));
        }
        return file;
    }

    private Path base(String scenarioFile) {
        return traceDirectory.orElseGet(() -> {
            Path folder = Path.of(scenarioFile).getParent();
            return folder == null ? Path.of("") : folder;
        });
    }
}
