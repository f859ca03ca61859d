package org.yrdsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A YAML text read into a Jackson tree, together with where in the text each value stands, so
 * that a value found wrong long after parsing can still be reported at its line and column.
 * Jackson's tree keeps no locations; a streaming pass over the same text records them by JSON
 * pointer.
 */
public final class YamlDocument {
    private final String fileName;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    /** JSON pointers of values set by {@code --set}, and the argument that set each. */
    private final Map<String, String> overrides;

    private YamlDocument(String fileName, JsonNode root, Map<String, int[]> locations, Map<String, String> overrides) {
        this.fileName = fileName;
        this.root = root;
        this.locations = locations;
        this.overrides = overrides;
    }

    /** Parses {@code text}; a syntax error, or YAML a scenario cannot mean, becomes a {@link ScenarioException} at its place. */
    public static YamlDocument parse(String fileName, String text) {
        YamlScan.Scanned scanned = YamlScan.read(text, YamlScan.Source.file(fileName));
        JsonNode root = scanned.root();
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException(fileName, 0, 0, "", "the file is empty");
        }
        return new YamlDocument(fileName, root, scanned.locations(), Map.of());
    }

    public String fileName() {
        return fileName;
    }

    public JsonNode root() {
        return root;
    }

    /** This document with {@code newRoot} in place of its tree, the value at {@code pointer} set by {@code argument}. */
    YamlDocument withOverride(JsonNode newRoot, String pointer, String argument) {
        Map<String, String> set = new HashMap<>(overrides);
        set.put(pointer, argument);
        return new YamlDocument(fileName, newRoot, locations, set);
    }

    /** The file name, or the {@code --set} argument that gave the value at {@code pointer} (or an ancestor). */
    String sourceOf(String pointer) {
        String override = overrideOf(pointer);
        return override == null ? fileName : override;
    }

    private String overrideOf(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            if (overrides.containsKey(p)) {
                return overrides.get(p);
            }
            if (p.isEmpty()) {
                return null;
            }
        }
    }

    /** Line and column of the value at {@code pointer}, or of its nearest located ancestor; none for an override. */
    int[] locate(String pointer) {
        if (overrideOf(pointer) != null) {
            return new int[]{0, 0};
        }
        String p = pointer;
        while (true) {
            int[] at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return at == null ? new int[]{0, 0} : at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
