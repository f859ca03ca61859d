package org.yrdsim.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
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
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> read(String key, String fingerprint) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> content = JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            return fingerprint.equals(content.get("fingerprint"))
                ? Optional.of((Map<String, Object>) content.get("summary")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes a point's file beside its place and moves it in, so it is whole or absent. */
    public void write(String key, String fingerprint, Map<String, Object> summary) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("fingerprint", fingerprint);
        content.put("summary", summary);
        try {
            Files.createDirectories(folder);
            Path temp = PartialPaths.newFile(folder, "." + key, ".partial");
            SummaryJson.writeTo(content, temp);
            Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(key) + ": " + e.getMessage(), e);
        }
    }
}
