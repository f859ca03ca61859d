package org.yrdsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (styles inline, charts embedded as base64 PNG, no
 * network needed) with a title, the scenario's description, tables of figures and the charts.
 * Every piece of text is escaped, since names and descriptions come from scenario files.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    private static final String STYLE = """
        body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1040px;color:#222;padding:0 1em}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
        p.description{color:#444;font-size:1.05em}
        table{border-collapse:collapse;margin:.5em 0;font-size:.92em}
        th,td{border:1px solid #ddd;padding:.25em .6em;text-align:right}th{background:#f4f4f4}
        table.figures th{overflow-wrap:anywhere}
        td:first-child,th:first-child{text-align:left}
        td.pass{background:#e8f5e9}td.fail{background:#fdecea;font-weight:600}
        figure{margin:1em 0}img{max-width:100%;border:1px solid #eee}figcaption{color:#555;font-size:.9em}
        """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlReport(String title, String description) {
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
        if (description != null && !description.isBlank()) {
            body.append("<p class=\"description\">").append(escape(description)).append("</p>\n");
        }
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A bulleted list. */
    public HtmlReport list(List<String> items) {
        body.append("<ul>\n");
        items.forEach(item -> body.append("<li>").append(escape(item)).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    /** A two-column table of names and values. */
    public HtmlReport facts(Map<String, ?> facts) {
        body.append("<table class=\"facts\">\n");
        facts.forEach((k, v) -> body.append("<tr><th>").append(escape(k)).append("</th><td>")
            .append(escape(String.valueOf(v))).append("</td></tr>\n"));
        body.append("</table>\n");
        return this;
    }

    public HtmlReport table(List<String> header, List<List<String>> rows) {
        body.append("<table class=\"figures\">\n<tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            // a verdict's cell ends in pass or FAIL: shaded so that a failure is seen at a glance
            row.forEach(c -> body.append(c.endsWith(" " + VerdictTable.PASS) ? "<td class=\"pass\">"
                : c.endsWith(" " + VerdictTable.FAIL) ? "<td class=\"fail\">" : "<td>").append(escape(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** Embeds PNG charts of {@code folder}, each with its caption under it (and as its text for those who cannot see it). */
    public HtmlReport charts(Path folder, List<Chart> charts) throws IOException {
        for (Chart chart : charts) {
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(folder.resolve(chart.file())));
            body.append("<figure><img alt=\"").append(escape(chart.caption())).append("\" src=\"data:image/png;base64,")
                .append(data).append("\"><figcaption>").append(escape(chart.caption())).append("</figcaption></figure>\n");
        }
        return this;
    }

    public void write(Path folder) throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
            + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
        Files.writeString(folder.resolve(FILE), page, StandardCharsets.UTF_8);
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
