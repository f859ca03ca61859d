package org.yrdsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.report.CompareReport;
import org.yrdsim.report.HtmlReport;
import org.yrdsim.report.SummaryJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands end to end: what they write, and how they refuse bad input. */
class CommandsTest {
    private static final String TINY = "src/test/resources/scenarios/compare-tiny.yaml";

    private static List<String> entries(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runRecordsOverridesInItsFolderNameAndSummary(@TempDir Path results) throws Exception {
        CliOutcome o = CliOutcome.run("run", TINY, "--results", results.toString(), "--set", "placement.hostPolicy=worst-fit",
            "--replications", "2");
        assertEquals(0, o.code(), o.err());
        Path folder = results.resolve("tiny--hostPolicy=worst-fit");
        Map<?, ?> summary = new ObjectMapper().readValue(folder.resolve(SummaryJson.FILE).toFile(), Map.class);
        assertEquals(List.of("placement.hostPolicy=worst-fit"), ((Map<?, ?>) summary.get("scenario")).get("overrides"));
        assertEquals(2, ((Map<?, ?>) summary.get("replications")).get("count"));
        assertTrue(Files.exists(folder.resolve(HtmlReport.FILE)));
    }

    /** A run with a queueing stream shows its waits on the console, in summary.json, the time series and the report, alike. */
    @Test
    void queueFiguresAgreeOnConsoleSummaryTimeseriesAndReport(@TempDir Path results) throws Exception {
        CliOutcome o = CliOutcome.run("run", "src/test/resources/scenarios/summary-golden.yaml", "--results", results.toString());
        assertEquals(0, o.code(), o.err());
        Path folder = results.resolve("summary-golden");
        Map<?, ?> cluster = (Map<?, ?>) ((Map<?, ?>) new ObjectMapper().readValue(folder.resolve(SummaryJson.FILE).toFile(), Map.class)
            .get("queue")).get("cluster");
        long started = ((Number) cluster.get("started")).longValue();
        assertTrue(started > 0 && ((Number) cluster.get("abandoned")).longValue() > 0, cluster.toString());
        assertTrue(o.out().contains("queue (cluster): %d started, %s after waiting".formatted(started, cluster.get("waited"))), o.out());
        List<String> csv = Files.readAllLines(folder.resolve("timeseries.csv"));
        int queued = List.of(csv.get(0).split(",")).indexOf("queued");
        // the summary's peak is over the samples after the 1 h warm-up, which the time series holds too
        long peak = csv.stream().skip(1).map(line -> line.split(",", -1))
            .filter(cells -> cells[1].equals("cluster") && Double.parseDouble(cells[0]) > 3600)
            .mapToLong(cells -> Long.parseLong(cells[queued])).max().orElseThrow();
        assertEquals(((Number) cluster.get("peakQueueLength")).longValue(), peak);
        String html = Files.readString(folder.resolve(HtmlReport.FILE));
        assertTrue(html.contains("Waiting queue") && html.contains("alt=\"Requests of queueing streams waiting for room"), "no queue table or chart in the report");
    }

    @Test
    void reportEscapesScenarioTextAndEmbedsEveryChart(@TempDir Path results) throws Exception {
        String description = "<script>alert('x')</script> & \"quoted\"";
        CliOutcome o = CliOutcome.run("run", TINY, "--results", results.toString(), "--set", "description=" + description);
        assertEquals(0, o.code(), o.err());
        Path folder = entriesOf(results).get(0);
        String html = Files.readString(folder.resolve(HtmlReport.FILE));
        assertFalse(html.contains("<script>"), "the description must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"));
        long pngs;
        try (var s = Files.list(folder)) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertEquals(pngs, count(html, "<img alt=\"[^\"]+\" src=\"data:image/png;base64,[A-Za-z0-9+/=]+\">"));
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing is fetched from the network");
        assertTrue(html.contains("<table class=\"figures\">") && html.contains("rejection rate"));
    }

    @Test
    void compareWritesTablesChartsAndReportOfPairedRuns(@TempDir Path results) throws Exception {
        assertEquals(0, CliOutcome.run("run", TINY, "--results", results.toString(), "--replications", "3").code());
        assertEquals(0, CliOutcome.run("run", TINY, "--results", results.toString(), "--replications", "3",
            "--set", "placement.hostPolicy=worst-fit").code());
        CliOutcome o = CliOutcome.run("compare", results.resolve("tiny").toString(), results.resolve("tiny--hostPolicy=worst-fit").toString(),
            "--results", results.toString());
        assertEquals(0, o.code(), o.err());
        Path folder = results.resolve("compare-tiny-vs-tiny--hostPolicy=worst-fit");
        List<String> files = entries(folder);
        assertTrue(files.containsAll(List.of(CompareReport.CSV, CompareReport.MARKDOWN, HtmlReport.FILE,
            "compare-allocated-cpu.png", "compare-used-cpu.png", "compare-allocated-memory.png", "compare-rejections.png",
            "compare-power.png", "bars-rejectionRate.png")), files.toString());
        String csv = Files.readString(folder.resolve(CompareReport.CSV));
        // paired runs see the same arrivals: the paired difference is exactly zero, and not significant
        assertTrue(csv.contains("arrivals,tiny--hostPolicy=worst-fit,"), csv);
        String arrivals = csv.lines().filter(l -> l.startsWith("arrivals,tiny--")).findFirst().orElseThrow();
        assertTrue(arrivals.endsWith(",0,0,0,true,false"), arrivals);
    }

    @Test
    void badInputGivesOneClearLineAndWritesNothing(@TempDir Path results) throws Exception {
        Path stale = Files.createDirectories(results.resolve("stale"));
        Path future = Files.createDirectories(results.resolve("future"));
        Files.writeString(future.resolve(SummaryJson.FILE), "{\"schemaVersion\": 99}");
        String[][] cases = {
            {"sweep", TINY, "--vary", "placement.hostPolcy=first-fit,worst-fit", "unknown key 'hostPolcy'"},
            {"sweep", TINY, "--vary", "placment.hostPolicy=first-fit", "no key 'placment'"},
            {"plan", TINY, "--vary", "operators.alibaba.datacenters[0].hosts.small=1..4", "--target", "rejectionRate<=>1", "--target 'rejectionRate<=>1'"},
            {"run", TINY, "--set", "placement.hostPolicy=wrost-fit", "--set placement.hostPolicy=wrost-fit: placement.hostPolicy: 'wrost-fit' is not one of"},
            {"compare", stale.toString(), future.toString(), "has no summary.json"},
            {"compare", future.toString(), stale.toString(), "schema version 99"},
            {"run", TINY, "--replications", "0", "--replications must be at least 1"},
            {"plan", TINY, "--largest", "--vary", "simulation.warmup=1h..2min:1h", "--target", "rejectionRate<=0.1", "the same unit"},
        };
        for (String[] c : cases) {
            String expected = c[c.length - 1];
            String[] args = java.util.Arrays.copyOf(c, c.length - 1);
            String[] withResults = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--results", results.toString())).toArray(String[]::new);
            CliOutcome o = CliOutcome.run(withResults);
            assertEquals(Main.BAD_INPUT, o.code(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.err().startsWith("error: ") && o.err().contains(expected), o.err());
            assertEquals(1, o.err().strip().lines().count(), "one line, no stack trace: " + o.err());
        }
        assertEquals(List.of("future", "stale"), entries(results), "nothing written in results/");
    }

    @Test
    void sweepAndPlanWriteTheirFolders(@TempDir Path results) throws Exception {
        CliOutcome sweep = CliOutcome.run("sweep", TINY, "--results", results.toString(), "--vary", "placement.hostPolicy=first-fit,worst-fit",
            "--vary", "simulation.scale=0.5..1:0.5");
        assertEquals(0, sweep.code(), sweep.err());
        assertTrue(sweep.out().contains("wall time") && sweep.out().contains("sum of the single-run times"), sweep.out());
        List<String> files = entries(results.resolve("tiny-sweep-hostPolicy__scale"));
        assertTrue(files.containsAll(List.of("sweep.csv", "sweep.md", HtmlReport.FILE, "points",
            "sweep-rejectionRate.png", "heatmap-rejectionRate.png")), files.toString());
        assertEquals(5, Files.readAllLines(results.resolve("tiny-sweep-hostPolicy__scale/sweep.csv")).size(), "header and 4 points");

        CliOutcome plan = CliOutcome.run("plan", TINY, "--results", results.toString(), "--vary", "operators.alibaba.datacenters[0].hosts.small=1..6",
            "--target", "operators.alibaba.rejectionRate<=0.5", "--replications", "2");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("answer: operators.alibaba.datacenters[0].hosts.small = "), plan.out());
        assertTrue(entries(results.resolve("tiny-plan-small")).containsAll(List.of("plan.csv", "plan.md", HtmlReport.FILE)));
    }

    /** A range with units passes each value with its unit; --largest looks for the top of what meets the targets. */
    @Test
    void planSearchesDurationsForTheLargestValue(@TempDir Path results) {
        CliOutcome plan = CliOutcome.run("plan", TINY, "--results", results.toString(), "--largest", "--replications", "1",
            "--vary", "simulation.warmup=1h..3h:1h", "--target", "rejectionRate<=1");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("plan tiny: largest simulation.warmup in 1h..3h (step 1h)"), plan.out());
        assertTrue(plan.out().contains("  simulation.warmup=1h:") && plan.out().contains("  simulation.warmup=3h:"), plan.out());
        assertTrue(plan.out().contains("answer: simulation.warmup = 3h (the targets are already met at the top of the range)"), plan.out());
    }

    @Test
    void sweepsOfOtherParametersGetTheirOwnFoldersAndOtherValuesAreRefused(@TempDir Path results) throws Exception {
        String root = results.toString();
        assertEquals(0, CliOutcome.run("sweep", TINY, "--results", root, "--vary", "placement.hostPolicy=first-fit,worst-fit").code());
        Path policies = results.resolve("tiny-sweep-hostPolicy");
        String table = Files.readString(policies.resolve("sweep.md"));
        assertEquals(0, CliOutcome.run("sweep", TINY, "--results", root, "--vary", "simulation.scale=0.5,1").code());
        assertEquals(List.of("tiny-sweep-hostPolicy", "tiny-sweep-scale"), entries(results));

        CliOutcome other = CliOutcome.run("sweep", TINY, "--results", root, "--vary", "placement.hostPolicy=best-fit");
        assertEquals(Main.BAD_INPUT, other.code(), other.err());
        assertEquals(1, other.err().strip().lines().count(), other.err());
        assertTrue(other.err().startsWith("error: " + policies + " holds another study (sweep of scenario tiny; "
            + "--vary placement.hostPolicy=first-fit,worst-fit)"), other.err());
        assertEquals(table, Files.readString(policies.resolve("sweep.md")), "the first sweep is left as it was");

        CliOutcome again = CliOutcome.run("sweep", TINY, "--results", root, "--vary", "placement.hostPolicy=first-fit,worst-fit");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 points run now, 2 finished earlier and skipped"), again.out());
    }

    private static List<Path> entriesOf(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
