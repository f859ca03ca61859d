package org.yrdsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.metrics.Figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison's tables for people: figures by name, no row that is 0 in every run, shares'
 * differences in percentage points, and a page that fits a 1,400 px window. The runs are the
 * golden replicated summary and copies of it with other rejection rates (same seeds, so paired).
 */
class CompareTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    /** One comparison for every test: writing its charts takes seconds. */
    private static Path compare;

    @BeforeAll
    static void compareThreeRuns() throws IOException {
        compare = CompareReport.write(List.of(run("yrd-baseline", 0), run("yrd-baseline--placement.hostPolicy=worst-fit", 0.05),
            run("yrd-baseline--operators.alibaba.datacenters[0].hosts.standard=1200", -0.1)), dir.resolve("results"));
    }

    /** A finished run whose rejection rate is the golden one plus {@code shift} in every replication. */
    private static Path run(String name, double shift) throws IOException {
        ObjectNode summary = (ObjectNode) JSON.readTree(Path.of("src/test/resources/golden/summary-golden-replicated.json").toFile());
        summary.put("rejectionRate", summary.get("rejectionRate").asDouble() + shift);
        ArrayNode values = (ArrayNode) summary.path("replications").path("figures").path("rejectionRate").path("values");
        for (int i = 0; i < values.size(); i++) {
            values.set(i, values.get(i).asDouble() + shift);
        }
        Path folder = Files.createDirectories(dir.resolve(name));
        JSON.writeValue(folder.resolve(SummaryJson.FILE).toFile(), summary);
        Files.writeString(folder.resolve(TimeseriesCsv.FILE), "time_s,scope,allocated_cpu\n0,cluster,0.5\n3600,cluster,0.6\n");
        return folder;
    }

    private static List<List<String>> markdownRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(compare.resolve(CompareReport.MARKDOWN))) {
            if (line.startsWith("| ") && !line.startsWith("| figure") && !line.startsWith("| ---")) {
                rows.add(Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ")).toList());
            }
        }
        return rows;
    }

    @Test
    void rowsAreNamedAsEveryReportNamesThemAndZeroRowsAreCountedOut() throws IOException {
        List<String> csv = Files.readAllLines(compare.resolve(CompareReport.CSV));
        List<String> keys = csv.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
        List<String> zero = new ArrayList<>();
        for (String key : keys) {
            boolean allZero = csv.stream().filter(l -> l.startsWith(key + ",")).allMatch(l -> {
                String[] cells = l.split(",", -1);
                return Double.parseDouble(cells[2]) == 0 && (cells[3].isEmpty() || Double.parseDouble(cells[3]) == 0);
            });
            if (allZero) {
                zero.add(key);
            }
        }
        // the golden run had no failures, red never borrowed, and blue's requests wait rather than being
        // rejected, with or without sharing: ten figures are 0 in all three runs
        assertEquals(10, zero.size(), zero.toString());
        List<String> labels = markdownRows().stream().map(r -> r.get(0)).toList();
        List<String> expected = keys.stream().filter(k -> !zero.contains(k)).map(k -> Figure.named(k).label()).toList();
        assertEquals(expected, labels);
        labels.forEach(label -> assertFalse(label.matches(".*\\.[A-Za-z].*|.*[a-z][A-Z][a-z]{2}.*"), "a raw key as a label: " + label));
        String md = Files.readString(compare.resolve(CompareReport.MARKDOWN));
        assertTrue(md.contains("10 figures that are 0 in every run are left out"), md);
        assertTrue(Files.readString(compare.resolve(HtmlReport.FILE)).contains("10 figures that are 0 in every run are left out"));
    }

    @Test
    void differencesOfSharesAreInPercentagePoints() throws IOException {
        List<String> rate = markdownRows().stream().filter(r -> r.get(0).equals("rejection rate")).findFirst().orElseThrow();
        // paired on the same seeds, every replication differs by exactly +5 and -10 points
        assertTrue(rate.get(3).startsWith("+5.000 pp"), rate.toString());
        assertTrue(rate.get(5).startsWith("-10.000 pp"), rate.toString());
        List<String> arrivals = markdownRows().stream().filter(r -> r.get(0).equals("VM requests")).findFirst().orElseThrow();
        assertFalse(arrivals.get(3).contains("pp"), arrivals.toString());
    }

    @Test
    void theComparisonsChartsAreCaptioned() throws IOException {
        ChartCaptionsTest.assertCaptioned(compare);
    }

    /**
     * The page's widest table fits a window 1,400 px wide. A browser narrows a table to its
     * min-content width before it overflows: per column, the widest word that cannot break (cells
     * break at spaces, header cells anywhere). At the report's table font (0.92 x 16 px) a
     * character is at most about 9 px wide, and each cell adds 2 x 0.6em padding and a border; the
     * page keeps 2 x 2 em of margin and padding.
     */
    @Test
    void theComparisonTableFitsA1400PixelWindow() throws IOException {
        String html = Files.readString(compare.resolve(HtmlReport.FILE));
        Matcher table = Pattern.compile("(?s)<table class=\"figures\">(.*?)</table>").matcher(html);
        assertTrue(table.find());
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table.group(1));
        while (row.find()) {
            rows.add(Pattern.compile("<t([hd])>(.*?)</t[hd]>").matcher(row.group(1)).results()
                .map(c -> c.group(1).equals("h") ? "x" : c.group(2)).toList());
        }
        int columns = rows.get(0).size();
        double width = 2 * 2 * 16;
        for (int c = 0; c < columns; c++) {
            int widest = 0;
            for (List<String> cells : rows) {
                for (String word : cells.get(c).split(" ")) {
                    widest = Math.max(widest, word.length());
                }
            }
            width += widest * 9 + 2 * 0.6 * 0.92 * 16 + 1;
        }
        assertTrue(width <= 1400, "the table needs about " + (int) width + " px");
    }
}
