package org.yrdsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML text read into a Jackson tree, together with where in the text each value stands, so
 * that a value found wrong long after parsing can still be reported at its line and column.
 * Jackson's tree keeps no locations; a streaming pass over the same text records them by JSON
 * pointer.
 */
public final class YamlDocument {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

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

    /** Parses {@code text}; a syntax error becomes a {@link ScenarioException} at its place. */
    public static YamlDocument parse(String fileName, String text) {
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonLocation at = parser.currentTokenLocation();
                    locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        new int[]{at.getLineNr(), at.getColumnNr()});
                }
            }
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ScenarioException(fileName, 0, 0, "", "the file is empty");
            }
            return new YamlDocument(fileName, root, locations, Map.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioException(fileName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "", "not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(fileName, 0, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * SnakeYAML's messages quote the text with a caret under it over several lines; the line and
     * column are already in front, so only its unindented lines (what it was doing, what it found) stay.
     */
    private static String oneLine(String message) {
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message);
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
