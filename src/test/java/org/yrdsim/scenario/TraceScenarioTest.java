package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yrdsim.scenario.trace.OwnerPlacement;
import org.yrdsim.scenario.trace.Parallelism;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario keys of trace replay: trace streams, hosts from a machine list, hourly arrival factors. */
class TraceScenarioTest {
    private static final Path TRACE_TINY = Path.of("src/test/resources/scenarios/trace-tiny.yaml");
    private static final Path FIXTURES = Path.of("src/test/resources/traces");

    @Test
    void traceStreamPathsAreResolvedBesideTheScenarioFile() {
        Scenario s = ScenarioReader.read(TRACE_TINY);
        TraceStreamSpec batch = s.traces().get(0);
        assertEquals("batch", batch.name());
        assertEquals(TraceFormat.ALIBABA_2017_BATCH_TASK, batch.format());
        assertEquals(FIXTURES.resolve("alibaba2017/tasks.csv"), batch.file());
        TraceOptions options = batch.options();
        assertEquals(0, options.windowStart());
        assertEquals(Double.POSITIVE_INFINITY, options.windowEnd());
        assertEquals(1, options.speedUp());
        assertEquals(1, options.sampleFraction());
        assertEquals("ali", options.mapping().defaultOperator());
        assertEquals(65_536, options.mapping().referenceMemoryMib());
        assertEquals(Parallelism.allAtOnce(), options.mapping().parallelism());
        assertTrue(batch.latencyLimit().isEmpty());
        assertTrue(batch.queue().isEmpty(), "a stream rejects unless it says otherwise");
    }

    @Test
    void everyOptionOfATraceStreamIsRead() throws IOException {
        Scenario s = read(TraceScenarioTest.tinyWith("""
                path: ../traces/alibaba2017/tasks.csv
                window: {from: -10min, to: 6h}
                shift: 1h
                speedUp: 2
                sample: {fraction: 0.25, seed: 9}
                latencyLimit: 2ms
                mapping:
                  operator: ali
                  origin: hangzhou
                  owners: {"3": {operator: ali, origin: beijing}}
                  referenceMemory: 128 GiB
                  cpuUsage: 0.3
                  parallelism: fixed:10
                admission: {queue: easy-backfill, maxWait: 6h, priority: 2}
            """));
        TraceStreamSpec t = s.traces().get(0);
        assertEquals(new QueueSpec(QueueSpec.Discipline.EASY_BACKFILL, 6 * 3600, 2), t.queue().orElseThrow());
        assertEquals(Map.of("batch", t.queue().orElseThrow()), s.queues());
        TraceOptions o = t.options();
        assertEquals(-600, o.windowStart());
        assertEquals(6 * 3600, o.windowEnd());
        assertEquals(3600, o.timeShift());
        assertEquals(2, o.speedUp());
        assertEquals(0.25, o.sampleFraction());
        assertEquals(9, o.sampleSeed());
        assertEquals(0.002, t.latencyLimit().orElseThrow(), 1e-12);
        assertEquals(Map.of("3", new OwnerPlacement("ali", "beijing")), o.mapping().owners());
        assertEquals(131_072, o.mapping().referenceMemoryMib());
        assertEquals(0.3, o.mapping().defaultCpuUsage());
        assertEquals(Parallelism.fixed(10), o.mapping().parallelism());
    }

    @Test
    void aTraceDirectoryReplacesTheScenarioFolder() {
        Scenario s = ScenarioReader.read(TRACE_TINY, TraceLocator.under(Path.of("src/test/resources/scenarios")));
        assertEquals(FIXTURES.resolve("alibaba2017/tasks.csv"), s.traces().get(0).file());
        ScenarioException e = assertThrows(ScenarioException.class,
            () -> ScenarioReader.read(TRACE_TINY, TraceLocator.under(Path.of("no-such-dir"))));
        // no-such-dir/../traces/... normalised
        assertTrue(e.getMessage().endsWith("fromTrace.path: trace file not found: traces/alibaba2017/server_event.csv"), e.getMessage());
    }

    @Test
    void machinesOfATraceBecomeHostTypesGroupedBySize() {
        Scenario s = ScenarioReader.read(TRACE_TINY);
        // the fixture adds machines 1 and 2 (64 cores, 0.69) and 3 (32 cores, 0.5); machine 4 has no cores
        // (malformed) and machine 1's second add is ignored
        assertEquals(Map.of("template-32c-32768m", 1, "template-64c-45220m", 2), s.datacenters().get(0).hosts());
        HostType big = s.hostType("template-64c-45220m").orElseThrow();
        HostType template = s.hostType("template").orElseThrow();
        assertEquals(64, big.cores());
        assertEquals(45_220, big.memoryMib());
        assertEquals(template.power(), big.power());
        assertEquals(template.coreMhz(), big.coreMhz());
    }

    @Test
    void hourlyFactorsAreScaledToAverageOne() throws IOException {
        String text = Files.readString(TRACE_TINY).replace("workloads: []", """
            workloads:
              - name: fitted
                operator: ali
                origin: hangzhou
                arrivals: {rate: 10/h, hourly: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]}
                flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
                lifetime: {distribution: exponential, mean: 1h}
                cpuUsage: {distribution: constant, value: 0.5}
            """);
        ArrivalSpec arrivals = read(text).workloads().get(0).arrivals();
        assertEquals(0, arrivals.rateAt(3 * 3600));
        assertEquals(2 * 10 / 3600.0, arrivals.rateAt(13 * 3600), 1e-12);
        assertEquals(2 * 10 / 3600.0, arrivals.maxRate(86_400), 1e-12);
    }

    /** Each mistake: the text to replace in trace-tiny.yaml, its replacement, and what the error must name. */
    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "format: alibaba-2017-batch-task|format: alibaba-2016-batch-task|traces[0].format|unknown trace format 'alibaba-2016-batch-task'",
        "format: alibaba-2017-batch-task|format: planetlab|traces[0].format|'planetlab' gives usage, not requests",
        "format: alibaba-2017-batch-task|format: alibaba-2017-server-event|traces[0].format|machine lists build a datacenter's hosts",
        "path: ../traces/alibaba2017/tasks.csv|path: ../traces/alibaba2017/batch_tusk.csv|traces[0].path|trace file not found: src/test/resources/traces/alibaba2017/batch_tusk.csv",
        "mapping: {operator: ali,|window: {from: 2h, to: 1h}\\n    mapping: {operator: ali,|traces[0].window.to|the window must end after it starts",
        "mapping: {operator: ali,|window: {from: 1 hour}\\n    mapping: {operator: ali,|traces[0].window.from|expected a duration",
        "mapping: {operator: ali,|sample: {fraction: 0}\\n    mapping: {operator: ali,|traces[0].sample.fraction|must be greater than 0",
        "mapping: {operator: ali,|speedUp: 0\\n    mapping: {operator: ali,|traces[0].speedUp|must be between",
        "mapping: {operator: ali,|jobEvents: ../traces/google/jobs.csv\\n    mapping: {operator: ali,|traces[0].jobEvents|only the google-2011-task-events format",
        "mapping: {operator: ali,|mapping: {operator: ibm,|traces[0].mapping.operator|no operator named 'ibm'",
        "referenceMemory: 64 GiB}|referenceMemory: 64 GiB, referenceCores: 64}|traces[0].mapping.referenceCores|does not apply",
        "referenceMemory: 64 GiB}|referenceMemory: 64 GiB, parallelism: some}|traces[0].mapping.parallelism|'all-at-once' or 'fixed:N'",
        "origin: hangzhou, referenceMemory: 64 GiB}|origin: hangzhou}|traces[0].mapping.referenceMemory|missing required key",
        "  - name: batch|  - name: batch\\n    colour: red|traces[0].colour|unknown key 'colour'",
        "workloads: []|workloads: [{name: batch, operator: ali, origin: hangzhou, arrivals: {rate: 1/h}, flavours: [{cores: 1, memory: 1 GiB, weight: 1}], lifetime: {distribution: constant, value: 1h}, cpuUsage: {distribution: constant, value: 0.5}}]|traces[0].name|the name 'batch' is used twice",
        "seed: 3|seed: 3\\n  scale: 2|traces[0]|cannot be scaled up",
        "like: template}|like: templet}|operators[0].datacenters[0].hosts.fromTrace.like|no like named 'templet'",
        "format: alibaba-2017-server-event|format: swf|operators[0].datacenters[0].hosts.fromTrace.format|'swf' gives requests, not machines",
        "path: ../traces/alibaba2017/server_event.csv|path: ../traces/google/tasks.csv|operators[0].datacenters[0].hosts.fromTrace.path|line 1: expected",
    })
    void mistakesNameFileLineAndKey(String find, String replace, String keyPath, String message) throws IOException {
        String text = Files.readString(TRACE_TINY);
        assertTrue(text.contains(find), "fixture does not contain " + find);
        ScenarioException e = assertThrows(ScenarioException.class,
            () -> read(text.replace(find, replace.replace("\\n", "\n"))));
        assertEquals(keyPath, e.keyPath(), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
        assertTrue(e.problem().contains(message), e.getMessage());
    }

    @Test
    void hourlyNeedsTwentyFourFactorsAndExcludesTheCosine() throws IOException {
        String stream = """
            workloads:
              - name: w
                operator: ali
                origin: hangzhou
                arrivals: {rate: 10/h, %s}
                flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
                lifetime: {distribution: exponential, mean: 1h}
                cpuUsage: {distribution: constant, value: 0.5}
            """;
        String base = Files.readString(TRACE_TINY);
        ScenarioException few = assertThrows(ScenarioException.class,
            () -> read(base.replace("workloads: []", stream.formatted("hourly: [1, 2, 3]"))));
        assertEquals("workloads[0].arrivals.hourly", few.keyPath());
        assertTrue(few.problem().contains("found 3"), few.getMessage());
        ScenarioException both = assertThrows(ScenarioException.class, () -> read(base.replace("workloads: []",
            stream.formatted("diurnal: {peakHour: 3, peakToTrough: 2}, hourly: [" + "1, ".repeat(23) + "1]"))));
        assertEquals("workloads[0].arrivals.diurnal", both.keyPath());
    }

    /** trace-tiny.yaml with its trace stream's keys after name and format replaced by {@code keys}. */
    static String tinyWith(String keys) throws IOException {
        String text = Files.readString(TRACE_TINY);
        int start = text.indexOf("    path: ../traces/alibaba2017/tasks.csv");
        int end = text.indexOf("placement:");
        return text.substring(0, start) + keys + text.substring(end);
    }

    /** Read as if it were trace-tiny.yaml itself, so relative trace paths resolve the same. */
    private static Scenario read(String text) {
        return ScenarioReader.read(YamlDocument.parse(TRACE_TINY.toString(), text));
    }
}
