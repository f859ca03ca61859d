package org.yrdsim.report;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;
import org.yrdsim.study.ReplicatedRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * summary.json is the contract with everything that reads results: for fixed scenarios and seeds
 * it must come out byte for byte as the files in src/test/resources/golden, every section and
 * field in its place. A deliberate change of the summary raises {@code Summary.SCHEMA_VERSION} and
 * rewrites these files: run this test with {@code -Dyrdsim.golden.write=true}, then read the diff.
 */
class SummaryGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path results;

    @ParameterizedTest
    @CsvSource({
        "summary-golden.yaml, 1, , summary-golden-single.json",
        "summary-golden.yaml, 3, placement.hostPolicy=worst-fit;simulation.scale=0.5, summary-golden-replicated.json",
        "trace-tiny.yaml, 1, , trace-tiny.json"})
    void summaryIsByteForByteTheStoredOne(String scenarioFile, int replications, String sets, String expected)
        throws IOException {
        List<ScenarioOverride> overrides = sets == null ? List.of()
            : Arrays.stream(sets.split(";")).map(ScenarioOverride::parse).toList();
        Scenario scenario = ScenarioOverrides.read(Path.of("src/test/resources/scenarios", scenarioFile), overrides);
        List<RunResult> runs = replications == 1 ? List.of(SimulationRun.run(scenario)) : ReplicatedRun.run(scenario, replications);
        Path written = RunReport.write(runs, overrides, results).folder().resolve(SummaryJson.FILE);
        if (Boolean.getBoolean("yrdsim.golden.write")) {
            Files.copy(written, GOLDEN.resolve(expected), StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(GOLDEN.resolve(expected)), Files.readString(written));
    }

    /** What compare and a resumed sweep read back is the summary that was written, to the byte. */
    @ParameterizedTest
    @ValueSource(strings = {"summary-golden-single.json", "summary-golden-replicated.json", "trace-tiny.json"})
    void readingBackAndWritingAgainChangesNothing(String stored) throws IOException {
        Path folder = Files.createDirectories(results.resolve("copy"));
        Files.copy(GOLDEN.resolve(stored), folder.resolve(SummaryJson.FILE));
        SummaryJson.write(FinishedRun.summary(folder), results);
        assertEquals(Files.readString(GOLDEN.resolve(stored)), Files.readString(results.resolve(SummaryJson.FILE)));
    }
}
