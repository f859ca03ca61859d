package org.yrdsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text strictly, for scenario files and {@code --set} values alike. A streaming pass
 * records where each value stands and refuses, at their place, what YAML allows but a scenario
 * cannot mean unambiguously: a key given twice (Jackson's duplicate detection), a second document
 * after {@code ---}, aliases ({@code *name}, which Jackson would read as the text "name") and merge
 * keys ({@code <<:}); and it names the key of a {@code .nan} or {@code .inf}, which Jackson cannot
 * read as a number. Then Jackson reads the same text into a tree.
 */
final class YamlScan {
    private static final YAMLFactory YAML = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '(.*)'");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    /** Where a refusal is reported: a file with lines, or a {@code --set} argument without them. */
    record Source(String name, boolean hasLines, String keyPrefix) {
        static Source file(String name) {
            return new Source(name, true, "");
        }

        static Source override(String argument, String keyPath) {
            return new Source(argument, false, keyPath);
        }
    }

    /** The text as a tree, and the line and column of every value by JSON pointer. */
    record Scanned(JsonNode root, Map<String, int[]> locations) {
    }

    private YamlScan() {
    }

    static Scanned read(String text, Source source) {
        Map<String, int[]> locations = new HashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            boolean rootDone = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (rootDone) {
                    throw problem(source, parser.currentTokenLocation(), "", "a second YAML document starts here; "
                        + "a scenario is one document, so remove the '---' line and what follows, or put it in its own file");
                }
                if (token == JsonToken.FIELD_NAME) {
                    keyLines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
                }
                if (token == JsonToken.FIELD_NAME && parser.currentName().equals("<<")) {
                    throw problem(source, parser.currentTokenLocation(), keyPath(source, context),
                        "merge keys (<<:) are not supported; write the keys out, or share request shapes under shapes:");
                }
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw problem(source, parser.currentTokenLocation(), keyPath(source, context),
                        "aliases (*" + parser.getText() + ") are not supported; write the value out, or share request shapes under shapes:");
                }
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonLocation at = parser.currentTokenLocation();
                    locations.putIfAbsent(context.pathAsPointer().toString(), new int[]{at.getLineNr(), at.getColumnNr()});
                }
                rootDone = context.inRoot() && (token.isScalarValue() || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY);
            }
            return new Scanned(MAPPER.readTree(text), locations);
        } catch (JsonParseException e) {
            throw refusal(e, source, keyLines);
        } catch (JsonProcessingException e) {
            throw problem(source, e.getLocation(), "", "not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw problem(source, null, "", "cannot be read: " + e.getMessage());
        }
    }

    /** A parse error in the user's terms: the key a duplicate or a non-finite number stands at, else YAML's own words. */
    private static ScenarioException refusal(JsonParseException e, Source source, Map<String, Integer> keyLines) {
        String message = e.getOriginalMessage();
        JsonStreamContext context = e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.matches() && context != null) {
            // the parser has not yet taken the repeated key as its current name: the path is its mapping's
            JsonStreamContext mapping = context.getParent();
            String key = keyPath(source, mapping);
            String path = key.isEmpty() ? duplicate.group(1) : key + "." + duplicate.group(1);
            Integer first = keyLines.get(mapping.pathAsPointer().toString() + "/" + duplicate.group(1));
            return problem(source, e.getLocation(), path, "the key '%s' is given twice%s; keep one"
                .formatted(duplicate.group(1), first == null || !source.hasLines() ? "" : " (first on line " + first + ")"));
        }
        Matcher number = MALFORMED_NUMBER.matcher(message);
        if (number.matches() && context != null) {
            String what = NOT_FINITE.matcher(number.group(1)).matches() ? "must be a finite number" : "is not a number yrdsim can read";
            return problem(source, e.getLocation(), keyPath(source, context), what + "; found " + number.group(1));
        }
        return problem(source, e.getLocation(), "", "not valid YAML: " + oneLine(message));
    }

    private static ScenarioException problem(Source source, JsonLocation at, String keyPath, String message) {
        boolean located = source.hasLines() && at != null;
        return new ScenarioException(source.name(), located ? at.getLineNr() : 0, located ? at.getColumnNr() : 0, keyPath, message);
    }

    /** The key path of the value the parser is at, as scenario errors write it: {@code sites[0].pue}. */
    private static String keyPath(Source source, JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            }
        }
        String full = source.keyPrefix() + path;
        return full.startsWith(".") ? full.substring(1) : full;
    }

    /**
     * SnakeYAML's messages quote the text with a caret under it over several lines; the line and
     * column are already in front, so only its unindented lines (what it was doing, what it found) stay.
     */
    static String oneLine(String message) {
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message);
    }
}
