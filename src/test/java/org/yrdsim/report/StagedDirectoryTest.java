package org.yrdsim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What killed runs leave beside a results folder, and how the next run of the same name deals with it. */
class StagedDirectoryTest {
    /** Above any Linux pid_max (2^22), so no process runs with it. */
    private static final long GONE = 2_000_000_000L;
    private static final long ALIVE = ProcessHandle.current().pid();

    @TempDir
    Path results;

    private Path folder(String name, String content) throws IOException {
        Path dir = Files.createDirectories(results.resolve(name));
        Files.writeString(dir.resolve("summary.json"), content);
        return dir;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(results)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void partialFoldersOfDeadRunsAreRemovedAndThoseOfLiveOnesKept() throws IOException {
        folder(".tiny.partial-" + GONE + "-123", "half");
        folder(".tiny.partial-98765", "half, from a yrdsim that put no process id in the name");
        folder(".tiny.partial-" + ALIVE + "-456", "being written now");
        folder(".other.partial-" + GONE + "-789", "another name's");
        try (StagedDirectory staged = new StagedDirectory(results.resolve("tiny"))) {
            Files.writeString(staged.path().resolve("summary.json"), "new");
            staged.commit();
        }
        assertEquals(List.of(".other.partial-" + GONE + "-789", ".tiny.partial-" + ALIVE + "-456", "tiny"), names());
    }

    @Test
    void theOldFolderOfARunKilledBetweenItsTwoRenamesIsPutBack() throws IOException {
        folder(".tiny.old-" + GONE + "-1", "the previous results");
        new StagedDirectory(results.resolve("tiny")).close();
        assertEquals(List.of("tiny"), names());
        assertEquals("the previous results", Files.readString(results.resolve("tiny/summary.json")));
    }

    @Test
    void anOldFolderLeftAfterTheNewOneWasInPlaceIsRemoved() throws IOException {
        folder("tiny", "the new results");
        folder(".tiny.old-" + GONE + "-1", "the previous results");
        new StagedDirectory(results.resolve("tiny")).close();
        assertEquals(List.of("tiny"), names());
        assertEquals("the new results", Files.readString(results.resolve("tiny/summary.json")));
    }

    @Test
    void aResultsFolderBehindAFileIsRefusedByItsOption() throws IOException {
        Path file = Files.writeString(results.resolve("file"), "x");
        var e = assertThrows(BadInputException.class, () -> ResultsRoot.requireWritable(file, 1));
        assertEquals("--results " + file + ": cannot create the folder: a file is in the way at " + file, e.getMessage());
        e = assertThrows(BadInputException.class, () -> ResultsRoot.requireWritable(file.resolve("sub"), 1));
        assertEquals("--results " + file.resolve("sub") + ": cannot create the folder: Not a directory", e.getMessage());
    }

    @Test
    void aDiskWithoutRoomIsRefusedBeforeAnythingRuns() throws IOException {
        var e = assertThrows(BadInputException.class, () -> ResultsRoot.requireWritable(results, Long.MAX_VALUE));
        assertTrue(e.getMessage().matches("--results " + results + ": its disk has \\d+ MiB free, and the results need about \\d+ MiB"),
            e.getMessage());
        assertEquals(List.of(), names(), "the write check was left behind");
    }
}
