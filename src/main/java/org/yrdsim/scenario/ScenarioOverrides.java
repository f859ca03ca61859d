package org.yrdsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set} overrides to a scenario file's tree before it is read, so an overridden
 * value passes the same checks as one written in the file; a problem with it is reported
 * against the {@code --set} argument instead of a line of the file.
 * <p>
 * Every step of a key path but the last must exist. The last may name a key the mapping does
 * not have yet (an optional key such as {@code simulation.scale}); the reader then refuses it
 * if it is not a key the scenario format knows.
 */
public final class ScenarioOverrides {
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

    private ScenarioOverrides() {
    }

    /** Reads a scenario file with the overrides applied, its trace files beside it. */
    public static Scenario read(Path file, List<ScenarioOverride> overrides) {
        return read(file, overrides, TraceLocator.BESIDE_SCENARIO);
    }

    /** Reads a scenario file with the overrides applied. */
    public static Scenario read(Path file, List<ScenarioOverride> overrides, TraceLocator traces) {
        YamlDocument doc = ScenarioReader.document(file);
        for (ScenarioOverride override : overrides) {
            doc = apply(doc, override);
        }
        return ScenarioReader.read(doc, traces);
    }

    /** The document with one value replaced (or one key added to an existing mapping). */
    static YamlDocument apply(YamlDocument doc, ScenarioOverride override) {
        List<String> steps = steps(override);
        JsonNode root = doc.root().deepCopy();
        JsonNode parent = root;
        StringBuilder pointer = new StringBuilder();
        String done = "";
        for (int i = 0; i < steps.size() - 1; i++) {
            String step = steps.get(i);
            int index = childIndex(parent, step, override, done);
            JsonNode child = index >= 0 ? parent.get(index) : parent.get(step);
            if (child == null || !child.isContainerNode()) {
                throw problem(override, done, child == null
                    ? "no key '" + step + "'" + where(done)
                    : "'" + step + "'" + where(done) + " is a single value, not a mapping or list");
            }
            pointer.append('/').append(index >= 0 ? Integer.toString(index) : escape(step));
            done = join(done, step, index >= 0 && parent.isArray());
            parent = child;
        }
        String last = steps.get(steps.size() - 1);
        JsonNode value = value(override);
        if (parent.isArray()) {
            int index = childIndex(parent, last, override, done);
            ((ArrayNode) parent).set(index, value);
            pointer.append('/').append(index);
        } else {
            ((ObjectNode) parent).set(last, value);
            pointer.append('/').append(escape(last));
        }
        return doc.withOverride(root, pointer.toString(), override.argument());
    }

    private static List<String> steps(ScenarioOverride override) {
        String path = override.keyPath();
        List<String> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int at = 0;
        while (m.find()) {
            String gap = path.substring(at, m.start());
            boolean joined = steps.isEmpty() ? gap.isEmpty() : gap.equals(".") || gap.isEmpty() && m.group(2) != null;
            if (!joined) {
                break;
            }
            steps.add(m.group(1) != null ? m.group(1).trim() : "[" + m.group(2).trim() + "]");
            at = m.end();
        }
        if (steps.isEmpty() || at != path.length()) {
            throw problem(override, "", "cannot read the key path '" + path
                + "': write keys separated by dots and list elements by name or [index]");
        }
        return steps;
    }

    /** The list index a step selects in {@code parent}, or -1 when {@code parent} is a mapping. */
    private static int childIndex(JsonNode parent, String step, ScenarioOverride override, String done) {
        boolean bracketed = step.startsWith("[");
        String key = bracketed ? step.substring(1, step.length() - 1) : step;
        if (parent.isObject()) {
            if (bracketed) {
                throw problem(override, done, where(done).trim() + " is a mapping, not a list: write ." + key);
            }
            return -1;
        }
        if (key.matches("\\d+")) {
            int index = Integer.parseInt(key);
            if (index >= parent.size()) {
                throw problem(override, done, "index " + index + " is past the end of " + done + " (" + parent.size() + " elements)");
            }
            return index;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parent.size(); i++) {
            JsonNode name = parent.get(i).get("name");
            if (name != null && name.isValueNode()) {
                if (name.asText().equals(key)) {
                    return i;
                }
                names.add(name.asText());
            }
        }
        throw problem(override, done, "no element named '" + key + "' in " + done
            + (names.isEmpty() ? "" : " (names: " + String.join(", ", names) + ")"));
    }

    /** The value as YAML, read as strictly as a file is; a problem with it is reported against the argument, in one line. */
    private static JsonNode value(ScenarioOverride override) {
        JsonNode value = YamlScan.read(override.value(), YamlScan.Source.override(override.argument(), override.keyPath())).root();
        return value == null || value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value;
    }

    private static ScenarioException problem(ScenarioOverride override, String keyPath, String message) {
        return new ScenarioException(override.argument(), 0, 0, keyPath, message);
    }

    private static String where(String done) {
        return done.isEmpty() ? " at the top level" : " in " + done;
    }

    private static String join(String done, String step, boolean listElement) {
        if (listElement) {
            return done + (step.startsWith("[") ? step : "[" + step + "]");
        }
        return done.isEmpty() ? step : done + "." + step;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
