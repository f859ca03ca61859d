package org.yrdsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A table written as CSV (for tools) or Markdown (for people). */
final class TableFiles {
    private TableFiles() {
    }

    static void csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder(csvLine(header));
        rows.forEach(r -> out.append(csvLine(r)));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    static void markdown(Path file, String title, List<String> header, List<List<String>> rows) throws IOException {
        markdown(file, title, List.of(), header, rows);
    }

    /** A Markdown table under a title and the paragraphs that say how to read it. */
    static void markdown(Path file, String title, List<String> paragraphs, List<String> header, List<List<String>> rows)
        throws IOException {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        paragraphs.forEach(p -> out.append(p).append("\n\n"));
        out.append(mdLine(header));
        out.append(mdLine(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> out.append(mdLine(r)));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(TableFiles::csvCell).collect(Collectors.joining(",")) + "\n";
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
            ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String mdLine(List<String> cells) {
        return "| " + cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")) + " |\n";
    }
}
