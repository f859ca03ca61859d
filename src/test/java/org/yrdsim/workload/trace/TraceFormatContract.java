package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.scenario.trace.TraceFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every trace format's reader promises, checked on that format's own fixture: blank lines
 * are passed over, a bad row after the first is counted with its line number, a file in another
 * format is refused in one line that names it, and plain, gzip, tar and gzipped tar read alike.
 * Each format's test holds a nested class that extends this one.
 */
abstract class TraceFormatContract {
    /** A row no format has: one column of text. */
    private static final String GARBAGE = "garbage";

    @TempDir
    Path dir;

    abstract TraceFormat format();

    /** A fixture in the format, under src/test/resources/traces. */
    abstract String fixture();

    @Test
    void blankLinesArePassedOver() throws IOException {
        List<String> spaced = new ArrayList<>();
        for (String line : fixtureLines()) {
            spaced.add(line);
            spaced.add(spaced.size() % 4 == 1 ? "" : " \t ");
        }
        assertSameReading(read(Fixtures.path(fixture())), read(write("spaced", spaced)));
    }

    @Test
    void aBadRowIsCountedWithItsLineNumber() throws IOException {
        List<String> lines = new ArrayList<>(fixtureLines());
        lines.add(GARBAGE);
        TraceReport before = read(Fixtures.path(fixture()));
        TraceReport after = read(write("bad-row", lines));
        assertEquals(before.rowsRead() + 1, after.rowsRead());
        assertEquals(before.malformed().count() + 1, after.malformed().count());
        assertTrue(after.malformed().examples().stream().anyMatch(e -> e.contains("line " + lines.size() + ":")),
            after.malformed().examples().toString());
    }

    @Test
    void aFileInAnotherFormatIsRefusedInOneLineThatNamesIt() throws IOException {
        Path foreign = write("foreign", List.of(GARBAGE, GARBAGE));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> read(foreign));
        assertTrue(e.getMessage().contains(foreign.getFileName().toString()) && e.getMessage().contains("line "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void gzipTarAndGzippedTarReadAsThePlainFile() throws IOException {
        byte[] plain = Files.readAllBytes(Fixtures.path(fixture()));
        TraceReport expected = read(Fixtures.path(fixture()));
        assertSameReading(expected, read(writeBytes("packed.gz", gzip(plain))));
        assertSameReading(expected, read(writeBytes("packed.tar", tar(plain))));
        assertSameReading(expected, read(writeBytes("packed.tar.gz", gzip(tar(plain)))));
    }

    private static void assertSameReading(TraceReport expected, TraceReport actual) {
        assertEquals(expected.rowsRead(), actual.rowsRead(), "rows read");
        assertEquals(expected.produced(), actual.produced(), "produced");
        assertEquals(expected.skipped(), actual.skipped(), "skipped");
        assertEquals(expected.malformed().count(), actual.malformed().count(), "malformed");
    }

    /** Reads the file to its end the way a scenario would, and returns the reader's account. */
    private TraceReport read(Path written) throws IOException {
        Path file = asRead(written);
        return switch (format().yields()) {
            case REQUESTS -> {
                TraceRequestSource source = TraceReaders.open(format(), file, Fixtures.OPTIONS);
                Fixtures.drain(source);
                yield source.report();
            }
            case MACHINES -> {
                try (MachineReader machines = TraceReaders.openMachines(format(), file, Fixtures.REFERENCE_MEMORY_MIB)) {
                    machines.forEachRemaining(m -> { });
                    yield machines.report();
                }
            }
            case USAGE -> TraceReaders.readUsage(format(), file).report();
        };
    }

    /** What the reader is given for the file: the file itself, unless the format is read by folder. */
    Path asRead(Path file) throws IOException {
        return file;
    }

    private List<String> fixtureLines() throws IOException {
        return Files.readAllLines(Fixtures.path(fixture()));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A ustar archive holding the bytes as its one regular file. */
    private static byte[] tar(byte[] bytes) {
        byte[] header = new byte[512];
        put(header, 0, "trace.csv");
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, "%011o".formatted(bytes.length));
        put(header, 136, "00000000000");
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        Arrays.fill(header, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, "%06o".formatted(sum));
        header[154] = 0;
        int padded = (bytes.length + 511) / 512 * 512;
        byte[] archive = new byte[512 + padded + 1024];
        System.arraycopy(header, 0, archive, 0, 512);
        System.arraycopy(bytes, 0, archive, 512, bytes.length);
        return archive;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, header, offset, ascii.length);
    }
}
