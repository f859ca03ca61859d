package org.yrdsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every refusal must look like to a user: the exit code for its kind, exactly one line on
 * stderr that starts with "error: " and names what to fix, no stack trace and no exception class
 * name, and a results folder exactly as it was.
 */
final class Refusal {
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Za-z]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]+\\.");

    private Refusal() {
    }

    /** Asserts the outcome is one clean refusal with {@code code} whose line contains every part, in order. */
    static void assertRefused(CliOutcome outcome, int code, String... parts) {
        String err = outcome.err().strip();
        assertEquals(code, outcome.code(), "exit code; stderr: " + err);
        assertEquals(1, err.lines().count(), "expected one line, got:\n" + err);
        assertTrue(err.startsWith("error: "), err);
        int from = 0;
        for (String part : parts) {
            int at = err.indexOf(part, from);
            assertTrue(at >= 0, "expected '" + part + "' (after what came before) in: " + err);
            from = at + part.length();
        }
        assertFalse(EXCEPTION_NAME.matcher(err).find(), "an exception shows through: " + err);
    }

    /** A results folder holding an earlier run, to check that a refused command leaves it as it was. */
    static Map<String, String> seedResults(Path results) throws IOException {
        Path earlier = results.resolve("tiny");
        Files.createDirectories(earlier);
        Files.writeString(earlier.resolve("summary.json"), "{\"earlier\": true}");
        return snapshot(results);
    }

    /** Every file under {@code root} with its content, by relative path (hidden ones included). */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return files;
    }
}
