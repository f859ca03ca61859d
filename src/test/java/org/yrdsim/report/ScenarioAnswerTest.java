package org.yrdsim.report;

import org.junit.jupiter.api.Test;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.SharingFigures;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answer names what the scenario asks about, with the figures the summary holds. */
class ScenarioAnswerTest {
    @Test
    void theGoldenScenarioIsAnsweredOnItsSharingBurstAndLatencyLimit() {
        RunResult run = SimulationRun.run(ScenarioReader.read(Path.of("src/test/resources/scenarios/summary-golden.yaml")));
        Summary summary = Summary.of(run, List.of());
        List<String> lines = ScenarioAnswer.lines(run, summary);
        String all = String.join("\n", lines);

        long with = summary.cluster().rejections();
        long without = summary.sharing().operators().values().stream().mapToLong(SharingFigures.OperatorSharing::rejectionsWithoutSharing)
            .sum();
        assertTrue(lines.get(0).startsWith(Formats.text("Turned away: %,d of %,d VM requests", with, summary.cluster().arrivals())), all);
        assertTrue(all.contains(Formats.text("without them, on the same requests, %s (%,d): the agreements saved %,d requests",
            Formats.value((double) without / summary.cluster().arrivals(), true), without, without - with)), all);
        assertTrue(all.contains("During the 3x burst from hour 4 to 4.5: red turned away "), all);
        // blue's stream from Hangzhou: Jiashan is 0.87 ms away, Qingpu 1.14 ms, both within 2.5 ms
        assertTrue(all.contains("Within 2.5 ms of the streams' cities: every site for blue-hangzhou (hangzhou)."), all);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Facility energy")).count(), all);
    }
}
