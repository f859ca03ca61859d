package org.yrdsim.workload.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a trace file as text whatever its packing: plain, gzip, a tar holding one file, or a gzipped
 * tar. Packing is recognised by magic bytes, never by file name, because shared traces are often
 * renamed (a {@code .csv} that is really gzip, a {@code .tar.gz} with one csv inside).
 */
public final class TraceFiles {
    private static final int TAR_MAGIC_OFFSET = 257;

    private TraceFiles() {
    }

    /** The file's text (UTF-8, strictly) in lines of bounded length. The caller closes it. */
    public static TraceLines open(Path file) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (startsWithGzipMagic(in)) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            if (isTar(in)) {
                in = TarEntryStream.firstRegularFile(in, file);
            }
            return new TraceLines(in, file);
        } catch (NoSuchFileException e) {
            throw new TraceException("trace file not found: " + file);
        } catch (IOException e) {
            throw new TraceException("cannot read trace file %s: %s".formatted(file, e.getMessage()), e);
        }
    }

    /** Fails with a clear message unless the path is a readable regular file. */
    static void requireFile(Path file) {
        if (!Files.exists(file)) {
            throw new TraceException("trace file not found: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TraceException("not a readable file: " + file);
        }
    }

    static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TraceException("trace directory not found: " + dir);
        }
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private static boolean isTar(InputStream in) throws IOException {
        in.mark(TAR_MAGIC_OFFSET + 5);
        byte[] head = in.readNBytes(TAR_MAGIC_OFFSET + 5);
        in.reset();
        return head.length == TAR_MAGIC_OFFSET + 5
            && new String(head, TAR_MAGIC_OFFSET, 5, StandardCharsets.US_ASCII).equals("ustar");
    }
}
