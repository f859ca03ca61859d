package org.yrdsim.report;

import org.yrdsim.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What study a sweep or plan folder holds, in its {@code study.txt}: the scenario, the
 * {@code --set} overrides and what was varied (and, for a plan, the targets). A study may be run
 * again into its own folder (a sweep then resumes), but never into a folder that holds another,
 * which would silently replace it.
 */
public final class StudyFolder {
    public static final String FILE = "study.txt";

    private StudyFolder() {
    }

    /**
     * Refuses, in one line, when {@code folder} holds a study other than {@code identity};
     * a folder without {@value #FILE} is refused too, unless it is missing or empty.
     */
    public static void checkFree(Path folder, List<String> identity) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(folder) || isEmpty(folder)) {
            return;
        }
        String held = Files.isRegularFile(file) ? read(file) : null;
        if (!text(identity).equals(held)) {
            String what = held == null ? "files of something else" : "another study (" + String.join("; ", held.strip().lines().toList()) + ")";
            throw new BadInputException(folder + " holds " + what + "; give --results another folder, or remove it first");
        }
    }

    /** Checks as {@link #checkFree} does, then records the study so that later runs can tell. */
    public static void claim(Path folder, List<String> identity) {
        checkFree(folder, identity);
        write(folder, identity);
    }

    /** Records the study in a folder (a staged one, before it is put in place). */
    static void write(Path folder, List<String> identity) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(FILE), text(identity), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private static String text(List<String> identity) {
        return String.join("\n", identity) + "\n";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }
}
