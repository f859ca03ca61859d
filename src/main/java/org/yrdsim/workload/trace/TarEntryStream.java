package org.yrdsim.workload.trace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The content of the first regular file in a tar stream. Tar headers are 512-byte blocks with the
 * size in octal at offset 124 and the entry type at 156; directories and pax/GNU metadata entries
 * before the file are skipped. Trace archives such as Alibaba's {@code machine_meta.tar.gz} hold a
 * single csv, so reading further entries is not needed.
 */
final class TarEntryStream extends FilterInputStream {
    private static final int BLOCK = 512;
    private long remaining;

    private TarEntryStream(InputStream in, long size) {
        super(in);
        this.remaining = size;
    }

    static InputStream firstRegularFile(InputStream in, Path archive) throws IOException {
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK || header[0] == 0) {
                throw new TraceFormatException(archive, 1, "a tar archive holding one file, but it holds none");
            }
            long size = octal(header, 124, 12, archive);
            char type = (char) header[156];
            if (type == '0' || type == '\0') {
                return new TarEntryStream(in, size);
            }
            skipFully(in, roundUpToBlock(size));
        }
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = super.read();
        if (b >= 0) {
            remaining--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, remaining));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private static long octal(byte[] header, int offset, int length, Path archive) {
        String text = new String(header, offset, length, StandardCharsets.US_ASCII).replace('\0', ' ').trim();
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new TraceFormatException(archive, 1, "a tar header with an octal size, found '" + text + "'");
        }
    }

    private static long roundUpToBlock(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return;
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
