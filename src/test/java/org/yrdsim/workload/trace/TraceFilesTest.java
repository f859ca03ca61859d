package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.scenario.trace.TraceFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yrdsim.workload.trace.Fixtures.OPTIONS;
import static org.yrdsim.workload.trace.Fixtures.path;

class TraceFilesTest {
    @TempDir
    Path temp;

    @Test
    void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws IOException {
        Path disguised = temp.resolve("batch_task.csv");
        gzip(path("alibaba2017/tasks.csv"), disguised);

        assertEquals(Fixtures.read(TraceFormat.ALIBABA_2017_BATCH_TASK, "alibaba2017/tasks.csv", OPTIONS).size(),
            Fixtures.drain(TraceReaders.open(TraceFormat.ALIBABA_2017_BATCH_TASK, disguised, OPTIONS)).size());
    }

    @Test
    void aPlainFileNamedGzIsReadAsPlainText() throws IOException {
        Path misnamed = temp.resolve("small.swf.gz");
        Files.copy(path("swf/small-jobs.txt"), misnamed);

        assertEquals(3, Fixtures.drain(TraceReaders.open(TraceFormat.SWF, misnamed, OPTIONS)).size());
    }

    @Test
    void aTarGzHoldingOneCsvReadsAsThatCsv() throws IOException {
        assertEquals(Files.readAllLines(path("alibaba2018/machines.csv")), Fixtures.lines(path("alibaba2018/machines.tar.gz")));
    }

    @Test
    void aMissingFileNamesThePath() {
        Path missing = temp.resolve("absent.csv.gz");
        var e = assertThrows(TraceException.class, () -> TraceFiles.open(missing));
        assertEquals("trace file not found: " + missing, e.getMessage());
    }

    @Test
    void aMissingDirectoryNamesThePath() {
        Path missing = temp.resolve("planetlab");
        var e = assertThrows(TraceException.class, () -> TraceReaders.readUsage(TraceFormat.PLANETLAB, missing));
        assertEquals("trace directory not found: " + missing, e.getMessage());
    }

    private static void gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
    }
}
