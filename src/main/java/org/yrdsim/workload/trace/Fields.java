package org.yrdsim.workload.trace;

import java.util.regex.Pattern;

/** Splitting and number parsing for trace rows, raising {@link BadRow} with the column's name. */
final class Fields {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String[] values;

    private Fields(String[] values) {
        this.values = values;
    }

    /** Comma-separated, keeping empty trailing fields; requires exactly {@code columns} of them. */
    static Fields csv(String line, int columns, String format) throws BadRow {
        return of(line.split(",", -1), columns, format);
    }

    /** Whitespace-separated (SWF). */
    static Fields whitespace(String line, int columns, String format) throws BadRow {
        return of(WHITESPACE.split(line.strip()), columns, format);
    }

    static Fields of(String[] values, int columns, String format) throws BadRow {
        if (values.length != columns) {
            throw BadRow.shape("%d columns of %s, found %d".formatted(columns, format, values.length));
        }
        return new Fields(values);
    }

    String text(int index) {
        return values[index].strip();
    }

    boolean isEmpty(int index) {
        return values[index].isBlank();
    }

    long longValue(int index, String column) throws BadRow {
        String text = text(index);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw numberExpected(column, text);
        }
    }

    double doubleValue(int index, String column) throws BadRow {
        String text = text(index);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw numberExpected(column, text);
        }
    }

    /** A value that may legitimately be empty in the trace: empty gives a value error, not a shape error. */
    double requiredDouble(int index, String column) throws BadRow {
        if (isEmpty(index)) {
            throw BadRow.value(column + " is empty");
        }
        return doubleValue(index, column);
    }

    private static BadRow numberExpected(String column, String text) {
        return text.isEmpty() ? BadRow.value(column + " is empty")
            : BadRow.shape("a number in column %s, found '%s'".formatted(column, text));
    }
}
