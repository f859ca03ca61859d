package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.report.HtmlReport;
import org.yrdsim.report.TimeseriesCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console, the report and the CSV of a run name every figure as its definition does. */
class FigureNamesTest {
    @Test
    void consoleReportAndCsvUseTheDefinedNames(@TempDir Path results) throws Exception {
        CliOutcome o = CliOutcome.run("run", "src/test/resources/scenarios/summary-golden.yaml", "--results", results.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        // the table's header: its column names, in order, are the labels of its figures
        String first = HeadlineTable.COLUMNS.get(0).label();
        String headerLine = lines.stream().filter(l -> l.strip().startsWith(first)).findFirst().orElseThrow();
        List<String> header = Arrays.stream(headerLine.strip().split(" {2,}")).toList();
        assertEquals(HeadlineTable.COLUMNS.stream().map(Figure::label).toList(), header);
        String clusterLine = lines.stream().filter(l -> l.startsWith(HeadlineTable.CLUSTER_LINE.get(0).name())).findFirst().orElseThrow();
        HeadlineTable.CLUSTER_LINE.forEach(f -> assertTrue(clusterLine.contains(f.name() + " "), clusterLine));

        Path folder = results.resolve("summary-golden");
        String html = Files.readString(folder.resolve(HtmlReport.FILE));
        Matcher table = Pattern.compile("(?s)<h2>Headline figures.*?<table class=\"figures\">(.*?)</table>").matcher(html);
        assertTrue(table.find(), "no headline table");
        List<String> names = Pattern.compile("<tr><td>(.*?)</td>").matcher(table.group(1)).results().map(m -> m.group(1)).toList();
        assertEquals(SummaryFigures.HEADLINES.stream().map(f -> HtmlReport.escape(f.label())).toList(), names);

        String csvHeader = Files.readAllLines(folder.resolve(TimeseriesCsv.FILE)).get(0);
        assertTrue(csvHeader.endsWith(",allocated_cpu,allocated_memory,used_cpu,rack_utilisation,unavailable_cpu"), csvHeader);
    }
}
