package org.yrdsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A scenario file's bytes as text, or a refusal that says where the text goes wrong: a file too
 * large to be a scenario, bytes that are not UTF-8 (named by offset, line and column), or a
 * byte-order mark anywhere but at the start (joined files often carry one; YAML would misread it
 * as part of a key).
 */
final class ScenarioText {
    /** SnakeYAML's own default limit on a document's code points; real scenarios are a few KiB. */
    static final long MAX_BYTES = 3 << 20;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScenarioText() {
    }

    static String read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(name, 0, 0, "", "is %d bytes; a scenario file is at most %d bytes (3 MiB): is it a scenario?"
                    .formatted(size, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, 0, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot be read: " + e.getMessage());
        }
        String text = decode(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int mark = text.indexOf(BYTE_ORDER_MARK);
        if (mark >= 0) {
            int[] at = lineAndColumn(text, mark);
            throw new ScenarioException(name, at[0], at[1], "", "a byte-order mark (U+FEFF) in the middle of the file, "
                + "where YAML reads it as text; delete it (joining files often leaves one)");
        }
        for (int i = 0; i < text.length(); i++) {
            if (!printable(text.charAt(i))) {
                int[] at = lineAndColumn(text, i);
                throw new ScenarioException(name, at[0], at[1], "", "a control character (U+%04X) that YAML does not allow: the file is binary or damaged"
                    .formatted((int) text.charAt(i)));
            }
        }
        return text;
    }

    /** YAML's printable characters (YAML 1.1, 5.1), so that SnakeYAML's unlocated refusal of the others never shows. */
    private static boolean printable(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u0085'
            || c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFFFD;
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int[] at = lineAndColumn(new String(bytes, 0, offset, StandardCharsets.UTF_8), offset);
            throw new ScenarioException(name, at[0], at[1], "", "the file is not UTF-8 text: byte 0x%02X at offset %d cannot start or continue a character (save it as UTF-8)"
                .formatted(bytes[offset] & 0xff, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Line and column (from 1) of the character at {@code index}, or just past the end of {@code text}. */
    private static int[] lineAndColumn(String text, int index) {
        int end = Math.min(index, text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[]{line, end - lineStart + 1};
    }
}
