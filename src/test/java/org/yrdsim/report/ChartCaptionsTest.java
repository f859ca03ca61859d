package org.yrdsim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chart of a report has a caption that says what it shows, in a sentence, not its file name. */
class ChartCaptionsTest {
    static void assertCaptioned(Path folder) throws IOException {
        String html = Files.readString(folder.resolve(HtmlReport.FILE));
        List<String> captions = Pattern.compile("<figcaption>(.*?)</figcaption>").matcher(html).results().map(m -> m.group(1)).toList();
        long pngs;
        try (Stream<Path> files = Files.list(folder)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertEquals(pngs, captions.size(), "one caption per chart");
        assertEquals(captions.size(), new HashSet<>(captions).size(), "each chart says what it alone shows: " + captions);
        for (String caption : captions) {
            assertFalse(caption.contains(".png"), caption);
            assertTrue(caption.endsWith(".") && caption.split(" ").length >= 8, "not a sentence that says what it shows: " + caption);
        }
    }

    @Test
    void aRunsChartsAreCaptioned(@TempDir Path results) throws IOException {
        Path folder = RunReport.write(SimulationRun.run(ScenarioReader.read(Path.of("src/test/resources/scenarios/summary-golden.yaml"))),
            results).folder();
        assertCaptioned(folder);
        assertTrue(Files.readString(folder.resolve(HtmlReport.FILE)).contains("rack utilisation"));
    }
}
