package org.yrdsim.workload.trace;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The lines of a trace file's text (UTF-8), each bounded in length. A line of more than
 * {@link #MAX_LINE_BYTES} bytes is no row of any trace format (a gzip of a few KiB can hold a
 * line of gigabytes), and bytes that are not UTF-8 mean a binary or wrongly encoded file: either
 * stops the reading with a {@link TraceFormatException} that names the line, before memory runs
 * out or garbage is parsed as rows. Lines are split on bytes (a newline byte never occurs inside
 * a UTF-8 character) and each is decoded strictly, so the line of a bad byte is exact.
 */
public final class TraceLines implements Closeable {
    /** Real trace rows are a few hundred bytes; a mebibyte is far beyond any. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final Path file;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private long linesRead;
    private boolean afterCarriageReturn;

    TraceLines(InputStream in, Path file) {
        this.in = in;
        this.file = file;
    }

    /** The next line without its terminator ({@code \n}, {@code \r\n} or {@code \r}), or null at the end. */
    public String readLine() throws IOException {
        pending.reset();
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? decode(pending.toByteArray(), 0, pending.size()) : null;
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (pending.size() + position - start > MAX_LINE_BYTES) {
                throw new TraceFormatException(file, linesRead + 1,
                    "a line of more than %d bytes, which no trace row has: is the file a trace?".formatted(MAX_LINE_BYTES));
            }
            if (position < limit) {
                int end = position;
                afterCarriageReturn = buffer[position++] == '\r';
                if (pending.size() == 0) {
                    return decode(buffer, start, end - start);
                }
                pending.write(buffer, start, end - start);
                return decode(pending.toByteArray(), 0, pending.size());
            }
            pending.write(buffer, start, position - start);
        }
    }

    /** A line's bytes as text; plain ASCII, nearly every trace row, takes the fast way. */
    private String decode(byte[] bytes, int offset, int length) {
        linesRead++;
        boolean ascii = true;
        for (int i = offset; i < offset + length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.US_ASCII);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new TraceFormatException(file, linesRead,
                "bytes that are not UTF-8 text: the file is binary, damaged or in another encoding");
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
