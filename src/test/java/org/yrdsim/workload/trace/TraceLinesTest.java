package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Line splitting as BufferedReader did it, with a bound on a line's length and strict UTF-8. */
class TraceLinesTest {
    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void everyLineEndingAndAMissingLastOne() throws IOException {
        Path file = write("a,1\nb,2\r\nc,3\rd,\u00e9\n\ne".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a,1", "b,2", "c,3", "d,\u00e9", "", "e"), Fixtures.lines(file));
    }

    @Test
    void aLineAsLongAsAllowedIsReadAndOneByteMoreIsRefused() throws IOException {
        String longest = "x".repeat(TraceLines.MAX_LINE_BYTES);
        assertEquals(List.of("h", longest), Fixtures.lines(write(("h\n" + longest + "\n").getBytes(StandardCharsets.US_ASCII))));
        Path tooLong = write(("h\n" + longest + "x\n").getBytes(StandardCharsets.US_ASCII));
        var e = assertThrows(TraceFormatException.class, () -> Fixtures.lines(tooLong));
        assertEquals(tooLong + ", line 2: a line of more than 1048576 bytes, which no trace row has: is the file a trace?", e.getMessage());
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedAtItsLine() throws IOException {
        Path file = write(new byte[]{'a', '\n', 'b', '\n', 'c', (byte) 0xFF, '\n'});
        var e = assertThrows(TraceFormatException.class, () -> Fixtures.lines(file));
        assertEquals(file + ", line 3: bytes that are not UTF-8 text: the file is binary, damaged or in another encoding", e.getMessage());
    }
}
