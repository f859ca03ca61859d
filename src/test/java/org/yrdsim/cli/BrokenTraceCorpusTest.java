package org.yrdsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yrdsim.report.HtmlReport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken trace files replayed as a user would: malformed rows are reported (console, summary.json,
 * report) up to the stream's maxMalformed and refused beyond it; empty, binary and endless-line
 * files are refused in one line naming the stream, file and line, with results/ untouched.
 */
class BrokenTraceCorpusTest extends WithEarlierResults {
    private static final Path TRACE_TINY = Path.of("src/test/resources/scenarios/trace-tiny.yaml");
    private static final Path MACHINES = Path.of("src/test/resources/traces/alibaba2017/server_event.csv").toAbsolutePath();
    private static final String HEADER = "task_create_time,task_end_time,job_id,task_id,instance_num,status,plan_cpu,plan_mem\n";
    /** Two good rows, then one row of each malformed kind, on lines 4 to 10. */
    private static final String ROWS = HEADER + """
        0,600,1,1,2,Terminated,100,0.01
        60,900,1,2,1,Terminated,50,0.02
        120,700,2,3
        500,100,2,4,1,Terminated,100,0.01
        100,400,2,5,1,Terminated,lots,0.01
        1e300,1e300,2,6,1,Terminated,100,0.01
        -1e15,100,2,7,1,Terminated,100,0.01
        100,4\u000000,2,8,1,Terminated,100,0.01
        100,400,2,9,1,Terminated,NaN,0.01
        """;
    /** Azure vmtable rows: one good VM, then one deleted before it was created (line 2). */
    private static final String VMS = """
        vm1,sub1,dep1,0,3000,90,40,80,Interactive,2,4
        vm2,sub1,dep1,3000,300,90,40,80,Interactive,2,4
        """;

    /** trace-tiny.yaml replaying {@code trace}, with {@code extra} keys on its trace stream. */
    private Path scenario(Path trace, String extra) throws IOException {
        String text = Files.readString(TRACE_TINY)
            .replace("../traces/alibaba2017/server_event.csv", MACHINES.toString())
            .replace("../traces/alibaba2017/tasks.csv", trace.toAbsolutePath().toString())
            .replace("    maxMalformed: 3       # the fixture's three malformed rows are there on purpose\n", extra);
        Path file = dir.resolve("replay.yaml");
        Files.writeString(file, text);
        return file;
    }

    private Path trace(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private void assertRefused(Path scenario, String... parts) throws IOException {
        Refusal.assertRefused(CliOutcome.run("run", scenario.toString(), "--results", results.toString()), Main.BAD_INPUT, parts);
        assertEquals(before, Refusal.snapshot(results), "results/ changed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void malformedRowsWithinTheToleranceAreReportedEverywhere() throws IOException {
        Path tasks = trace("tasks.csv", ROWS);
        Path vms = trace("vmtable.csv", VMS);
        String azure = "    maxMalformed: 7\n  - name: vms\n    format: azure-2017-vmtable\n    path: " + vms.toAbsolutePath()
            + "\n    mapping: {operator: ali, origin: hangzhou}\n    maxMalformed: 50%\n";
        CliOutcome o = CliOutcome.run("run", scenario(tasks, azure).toString(), "--results", results.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("trace batch (tasks.csv, alibaba-2017-batch-task): 9 rows read, 3 requests; none skipped; "
            + "7 malformed, at most 7 allowed (line 4: 8 columns of Alibaba 2017 batch_task, found 4; "
            + "line 5: task_end_time 100 is before task_create_time 500; line 6: a number in column plan_cpu, found 'lots'; "
            + "line 7: a number in column task_create_time, found '1e300'; line 8: a number in column task_create_time, found '-1e15'; "
            + "line 9: a number in column task_end_time, found '4\u000000'; line 10: plan_cpu must be > 0 and plan_mem in (0, 1], found NaN and 0.01)"),
            o.out());
        assertTrue(o.out().contains("trace vms (vmtable.csv, azure-2017-vmtable): 2 rows read, 1 requests; none skipped; "
            + "1 malformed, at most 50% allowed (line 2: vmdeleted 300 is before vmcreated 3000)"), o.out());
        // the machine list the cluster was built from is accounted for in the same way
        String hosts = "hosts of ali@cell (server_event.csv, alibaba-2017-server-event): 7 rows read, 3 machines; "
            + "3 skipped (event harderror 1, event softerror 1, machine added again 1); 1 malformed, left out (line 5: cpus is empty)";
        assertTrue(o.out().contains(hosts + "\n"), o.out());
        Path folder = results.resolve("trace-tiny");
        Map<String, Object> summary = new ObjectMapper().readValue(folder.resolve("summary.json").toFile(), Map.class);
        Map<String, Object> batch = (Map<String, Object>) ((Map<String, Object>) summary.get("traces")).get("batch");
        assertEquals(9, batch.get("rowsRead"));
        assertEquals(3, batch.get("produced"));
        Map<String, Object> malformed = (Map<String, Object>) batch.get("malformed");
        assertEquals(7, malformed.get("count"));
        assertEquals("7", malformed.get("max"));
        assertEquals("line 4: 8 columns of Alibaba 2017 batch_task, found 4", ((List<String>) malformed.get("first")).get(0));
        String html = Files.readString(folder.resolve(HtmlReport.FILE));
        assertTrue(html.contains("Trace provenance") && html.contains("line 5: task_end_time 100 is before task_create_time 500"));
        assertTrue(html.contains("hosts of ali@cell") && html.contains("line 5: cpus is empty"), html);
        Map<String, Object> machines = (Map<String, Object>) ((Map<String, Object>) summary.get("traces")).get("ali@cell");
        assertEquals("hosts", machines.get("use"));
        assertEquals(3, machines.get("produced"));
        assertEquals(1, ((Map<String, Object>) machines.get("malformed")).get("count"));
    }

    @Test
    void malformedRowsBeyondTheToleranceRefuseTheReplay() throws IOException {
        Path tasks = trace("tasks.csv", ROWS);
        assertRefused(scenario(tasks, ""), "error: trace stream 'batch': 7 of the 9 rows of " + tasks.toAbsolutePath(),
            "are malformed, more than maxMalformed (0.1%) allows: line 4: 8 columns of Alibaba 2017 batch_task, found 4; line 5:");
    }

    @Test
    void anEmptyFile() throws IOException {
        Path empty = trace("empty.csv", "");
        assertRefused(scenario(empty, ""), "error: trace stream 'batch': " + empty.toAbsolutePath() + ": no data rows: the file is empty");
    }

    @Test
    void aHeaderAlone() throws IOException {
        Path header = trace("header.csv", HEADER);
        assertRefused(scenario(header, ""), "error: trace stream 'batch': " + header.toAbsolutePath() + ": no data rows");
    }

    @Test
    void anEmptyGzip() throws IOException {
        Path gz = dir.resolve("empty.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.flush();
        }
        assertRefused(scenario(gz, ""), "error: trace stream 'batch': " + gz.toAbsolutePath() + ": no data rows");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, (HEADER + "0,600,1,1,2,Terminated,100,0.01\n60,900,1,2,1,Termin\u00e9,50,0.02\n").getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(scenario(latin, ""), "error: trace stream 'batch': " + latin.toAbsolutePath() + ", line 3: bytes that are not UTF-8 text");
    }

    @Test
    void aGzipHoldingOneEndlessLine() throws IOException {
        Path bomb = dir.resolve("bomb.csv.gz");
        byte[] block = "9".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        }
        assertTrue(Files.size(bomb) < 64 << 10, "the gzip should be small: " + Files.size(bomb));
        assertRefused(scenario(bomb, ""), "error: trace stream 'batch': " + bomb.toAbsolutePath()
            + ", line 1: a line of more than 1048576 bytes");
    }

    @Test
    void anEmptyUsageTraceFolder() throws IOException {
        Path planetlab = Files.createDirectories(dir.resolve("planetlab"));
        String text = Files.readString(Path.of("src/test/resources/scenarios/tiny.yaml")).replace(
            "cpuUsage: {distribution: uniform, min: 0.2, max: 0.9}",
            "cpuUsage: {fromTrace: {format: planetlab, path: " + planetlab.toAbsolutePath() + "}}");
        Path file = dir.resolve("usage.yaml");
        Files.writeString(file, text);
        assertRefused(file, "error: " + planetlab.toAbsolutePath() + ": no usable CPU series in it");
    }
}
