package org.yrdsim.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.metrics.Summary;
import org.yrdsim.report.PointFiles;
import org.yrdsim.scenario.TraceLocator;
import org.yrdsim.scenario.Variation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepResumptionTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/compare-tiny.yaml");

    /** Counts the simulations each sweep starts. */
    private static final class Counter implements Progress {
        final List<Integer> totals = new ArrayList<>();
        int finished;

        @Override
        public void start(int total) {
            totals.add(total);
        }

        @Override
        public void runFinished() {
            finished++;
        }
    }

    @Test
    void aRestartedSweepRunsOnlyThePointsThatAreMissing(@TempDir Path dir) throws Exception {
        List<Point> points = Sweep.points(List.of(Variation.parse("placement.hostPolicy=first-fit,worst-fit")));
        PointFiles store = new PointFiles(dir.resolve("sweep-tiny"));
        PointRunner runner = new PointRunner(TINY, List.of(), TraceLocator.BESIDE_SCENARIO, 2);

        Counter first = new Counter();
        Sweep.Result full = Sweep.run(runner, points, store, first);
        assertEquals(List.of(4), first.totals, "2 points x 2 replications");
        assertEquals(2, full.ran());
        Path kept = store.file(points.get(0).key());
        Path removed = store.file(points.get(1).key());
        assertTrue(Files.exists(kept) && Files.exists(removed));
        FileTime keptTime = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(kept, keptTime);
        Files.delete(removed);

        Counter second = new Counter();
        Sweep.Result resumed = Sweep.run(new PointRunner(TINY, List.of(), TraceLocator.BESIDE_SCENARIO, 2), points, store, second);
        assertEquals(List.of(2), second.totals, "only the deleted point's 2 replications run again");
        assertEquals(2, second.finished);
        assertEquals(1, resumed.ran());
        assertEquals(keptTime, Files.getLastModifiedTime(kept), "the finished point's file is left alone");
        assertTrue(Files.exists(removed));
        assertEquals(figures(full), figures(resumed), "the same numbers either way");
        try (var leftovers = Files.list(store.folder())) {
            assertFalse(leftovers.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }

        Counter third = new Counter();
        Sweep.run(new PointRunner(TINY, List.of(), TraceLocator.BESIDE_SCENARIO, 3), points, store, third);
        assertEquals(List.of(6), third.totals, "other replications make other points: nothing is reused");
    }

    private static List<Object> figures(Sweep.Result result) {
        List<Object> out = new ArrayList<>();
        for (Summary s : result.summaries()) {
            // through JSON and back for both, so in-memory and read-back summaries compare alike
            out.add(org.yrdsim.metrics.ReplicatedFigures.from(roundTrip(s)).figures().entrySet().stream()
                .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue().values())).toList());
        }
        return out;
    }

    private static Summary roundTrip(Summary summary) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            return Summary.fromJson(json.readTree(json.writeValueAsString(summary)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
