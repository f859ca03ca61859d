package org.yrdsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yrdsim.metrics.Summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The finished points of a sweep, one small JSON file each ({@code points/<key>.json}), written
 * atomically as each point finishes so that an interrupted sweep started again skips them. A
 * file counts only if its fingerprint (scenario text, overrides, replications, schema version)
 * matches the point asked for.
 */
public final class PointFiles {
    public static final String FOLDER = "points";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public PointFiles(Path studyFolder) {
        this.folder = studyFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    public Path file(String key) {
        return folder.resolve(key + ".json");
    }

    /** The summary of a point finished earlier with the same fingerprint, if there is one. */
    public Optional<Summary> read(String key, String fingerprint) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode content = JSON.readTree(file.toFile());
            return fingerprint.equals(content.path("fingerprint").asText(null))
                ? Optional.of(Summary.fromJson(content.path("summary"))) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // a file cut short or from another version: the point runs again
            return Optional.empty();
        }
    }

    private record PointFile(String fingerprint, Summary summary) {
    }

    /** Writes a point's file beside its place and moves it in, so it is whole or absent. */
    public void write(String key, String fingerprint, Summary summary) {
        try {
            Files.createDirectories(folder);
            Path temp = PartialPaths.newFile(folder, "." + key, ".partial");
            SummaryJson.writeTo(new PointFile(fingerprint, summary), temp);
            Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(key) + ": " + e.getMessage(), e);
        }
    }
}
