package org.yrdsim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every main class reads in a few minutes: none is over 300 lines (CloudSim Plus's 1,500-line broker is the thing not to copy). */
class ClassSizeTest {
    private static final int MAX_LINES = 300;

    @Test
    void noMainClassIsOver300Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(ClassSizeTest::tooLong)
                .map(f -> f + " (" + lines(f) + " lines)").sorted().toList();
        }
        assertEquals(List.of(), tooLong, "over " + MAX_LINES + " lines: split them");
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MAX_LINES;
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
