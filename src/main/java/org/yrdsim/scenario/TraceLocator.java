package org.yrdsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

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
        return existing(node, key, scenarioFile, Files::isRegularFile, "trace file");
    }

    /** Like {@link #existingFile}, but a folder will do too (PlanetLab keeps one file per VM in a folder). */
    Path existingPath(ScenarioNode node, String key, String scenarioFile) {
        return existing(node, key, scenarioFile, Files::exists, "trace file or folder");
    }

    private Path existing(ScenarioNode node, String key, String scenarioFile, Predicate<Path> present, String what) {
        Path written = Path.of(node.string(key));
        Path path = written.isAbsolute() ? written : base(scenarioFile).resolve(written).normalize();
        if (!present.test(path)) {
            throw node.error(key, what + " not found: " + path
                + (traceDirectory.isPresent() || written.isAbsolute() ? "" : " (or give --trace-dir DIR to look under DIR)"));
        }
        return path;
    }

    private Path base(String scenarioFile) {
        return traceDirectory.orElseGet(() -> {
            Path folder = Path.of(scenarioFile).getParent();
            return folder == null ? Path.of("") : folder;
        });
    }
}
