package org.yrdsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One mapping or list of a scenario file, read strictly: every accessor checks type, unit and
 * range and reports a problem at the value's own line and key path; {@link #done()} refuses any
 * key that no accessor asked for, so a misspelt key is an error rather than a silent default.
 */
public final class ScenarioNode {
    private final YamlDocument doc;
    private final JsonNode node;
    private final String pointer;
    private final String keyPath;
    private final Set<String> read = new HashSet<>();

    private ScenarioNode(YamlDocument doc, JsonNode node, String pointer, String keyPath) {
        this.doc = doc;
        this.node = node;
        this.pointer = pointer;
        this.keyPath = keyPath;
    }

    static ScenarioNode root(YamlDocument doc) {
        ScenarioNode root = new ScenarioNode(doc, doc.root(), "", "");
        root.requireMapping();
        return root;
    }

    public String keyPath() {
        return keyPath;
    }

    /** An error at this node itself. */
    public ScenarioException error(String problem) {
        int[] at = doc.locate(pointer);
        return new ScenarioException(doc.sourceOf(pointer), at[0], at[1], keyPath, problem);
    }

    /** Where this node is written, as a message about it begins: {@code file:line:column: key.path}. */
    public String where() {
        String message = error("").getMessage();
        return message.substring(0, message.length() - ": ".length());
    }

    /** An error at one of this mapping's keys (or at the mapping, when the key is absent). */
    public ScenarioException error(String key, String problem) {
        int[] at = doc.locate(childPointer(key));
        return new ScenarioException(doc.sourceOf(childPointer(key)), at[0], at[1], childPath(key), problem);
    }

    public boolean isList(String key) {
        return has(key) && node.get(key).isArray();
    }

    public boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    public String string(String key) {
        return scalar(key).asText();
    }

    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    public double number(String key) {
        JsonNode value = scalar(key);
        if (!value.isNumber()) {
            throw error(key, "expected a number but found '" + value.asText() + "'");
        }
        if (!Double.isFinite(value.asDouble())) {
            throw error(key, "must be a finite number; found " + value.asText());
        }
        return value.asDouble();
    }

    public double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    /** A number in [min, max]. */
    public double number(String key, double min, double max) {
        double value = number(key);
        if (!(value >= min && value <= max)) {
            throw error(key, "must be between %s and %s but is %s".formatted(plain(min), plain(max), plain(value)));
        }
        return value;
    }

    /** One value, or a list of 24 values for the hours of the day; plain numbers when {@code kind} is null. */
    public HourlyValue hourly(String key, Units.Kind kind) {
        if (!isList(key)) {
            return HourlyValue.constant(kind == null ? number(key) : quantityOrZero(key, kind));
        }
        List<ScenarioNode> hours = list(key);
        if (hours.size() != 24) {
            throw error(key, "give one value or 24, one for each hour from midnight; found " + hours.size());
        }
        double[] values = new double[24];
        for (int h = 0; h < 24; h++) {
            ScenarioNode hour = hours.get(h);
            try {
                values[h] = kind == null ? requireNumber(hour) : Units.parse(hour.value().asText(), kind);
            } catch (IllegalArgumentException e) {
                throw hour.error(e.getMessage());
            }
            if (values[h] < 0) {
                throw hour.error("must not be negative");
            }
        }
        return new HourlyValue(values);
    }

    private static double requireNumber(ScenarioNode value) {
        if (!value.value().isNumber()) {
            throw value.error("expected a number but found '" + value.value().asText() + "'");
        }
        if (!Double.isFinite(value.value().asDouble())) {
            throw value.error("must be a finite number; found " + value.value().asText());
        }
        return value.value().asDouble();
    }

    /** A whole number in [min, max]; one beyond what a long holds is refused rather than wrapped around. */
    public long wholeNumber(String key, long min, long max) {
        JsonNode value = scalar(key);
        if (!value.isIntegralNumber()) {
            throw error(key, "expected a whole number but found '" + value.asText() + "'");
        }
        if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw error(key, "must be a whole number from %d to %d but is %s".formatted(min, max, value.asText()));
        }
        return value.asLong();
    }

    /** A whole number in [min, max] that fits an int. */
    public int count(String key, int min, int max) {
        return (int) wholeNumber(key, min, max);
    }

    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            read.add(key);
            return fallback;
        }
        JsonNode value = scalar(key);
        if (!value.isBoolean()) {
            throw error(key, "expected true or false but found '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    /** A quantity with a unit, in the kind's base unit, which must be positive. */
    public double quantity(String key, Units.Kind kind) {
        double value = quantityOrZero(key, kind);
        if (value <= 0) {
            throw error(key, "must be greater than zero");
        }
        return value;
    }

    /** A quantity with a unit that may be zero (never negative). */
    public double quantityOrZero(String key, Units.Kind kind) {
        JsonNode value = scalar(key);
        double parsed;
        try {
            parsed = Units.parse(value.asText(), kind);
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
        if (parsed < 0) {
            throw error(key, "must not be negative");
        }
        return parsed;
    }

    public double quantity(String key, Units.Kind kind, double fallback) {
        if (!has(key)) {
            read.add(key);
            return fallback;
        }
        return quantityOrZero(key, kind);
    }

    /** One of the given words, compared without case. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, Function<E, String> spelling) {
        String text = string(key);
        for (E option : type.getEnumConstants()) {
            if (spelling.apply(option).equalsIgnoreCase(text)) {
                return option;
            }
        }
        List<String> options = new ArrayList<>();
        for (E option : type.getEnumConstants()) {
            options.add(spelling.apply(option));
        }
        throw error(key, "'" + text + "' is not one of " + String.join(", ", options));
    }

    public ScenarioNode mapping(String key) {
        JsonNode child = required(key);
        ScenarioNode result = new ScenarioNode(doc, child, childPointer(key), childPath(key));
        result.requireMapping();
        return result;
    }

    /** The elements of a list, each as a node (mappings or scalars alike). */
    public List<ScenarioNode> list(String key) {
        JsonNode child = required(key);
        if (!child.isArray()) {
            throw error(key, "expected a list");
        }
        List<ScenarioNode> items = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            items.add(new ScenarioNode(doc, child.get(i), childPointer(key) + "/" + i, childPath(key) + "[" + i + "]"));
        }
        return items;
    }

    public List<ScenarioNode> list(String key, boolean mayBeAbsent) {
        if (mayBeAbsent && !has(key)) {
            read.add(key);
            return List.of();
        }
        return list(key);
    }

    /** The keys of this mapping, in file order. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** This node as a scalar, for list elements that are plain values. */
    public JsonNode value() {
        return node;
    }

    public boolean isMapping() {
        return node.isObject();
    }

    /** Refuses every key that was present but never read. */
    public void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!read.contains(key)) {
                throw error(key, "unknown key '" + key + "'" + (keyPath.isEmpty() ? "" : " in " + keyPath));
            }
        }
    }

    private void requireMapping() {
        if (!node.isObject()) {
            throw error("expected a mapping of keys to values");
        }
    }

    private JsonNode required(String key) {
        read.add(key);
        JsonNode child = node.get(key);
        if (child == null || child.isNull()) {
            throw error(key, "missing required key '" + key + "'");
        }
        return child;
    }

    private JsonNode scalar(String key) {
        JsonNode value = required(key);
        if (!value.isValueNode()) {
            throw error(key, "expected a single value");
        }
        return value;
    }

    private String childPointer(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private String childPath(String key) {
        return keyPath.isEmpty() ? key : keyPath + "." + key;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
