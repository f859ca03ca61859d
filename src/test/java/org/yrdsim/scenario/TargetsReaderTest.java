package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code targets:} and {@code question:} of a scenario, read as strictly as the rest of it. */
class TargetsReaderTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");

    /** tiny.yaml with lines added at its end, where they become top-level keys at lines 1 + (lines of tiny.yaml) on. */
    private static Scenario read(String... added) throws IOException {
        return ScenarioReader.read(YamlDocument.parse("t.yaml", text(added)));
    }

    private static String text(String... added) throws IOException {
        return Files.readString(TINY).stripTrailing() + "\n" + String.join("\n", added) + "\n";
    }

    private static int firstAddedLine() throws IOException {
        return Files.readString(TINY).stripTrailing().split("\n").length + 1;
    }

    @Test
    void targetsAreReadWithTheirUnitsScopesAndWhereTheyWereWritten() throws IOException {
        Scenario s = read("question: Is the cluster green enough?",
            "targets:",
            "  - rackUtilisation.mean >= 65%",
            "  - latency.maxMs<=5ms",
            "  - sites.jiashan.pue <= 1.2",
            "  - rejectionRate < 1e-3");
        assertEquals("Is the cluster green enough?", s.question());
        List<Target> t = s.targets();
        assertEquals(List.of("rackUtilisation.mean", "latency.maxMs", "sites.jiashan.pue", "rejectionRate"),
            t.stream().map(Target::figure).toList());
        assertEquals(List.of(">=", "<=", "<=", "<"), t.stream().map(Target::operator).toList());
        assertEquals(0.65, t.get(0).bound(), 1e-15);
        assertEquals(5, t.get(1).bound());
        assertEquals(1e-3, t.get(3).bound());
        assertTrue(t.get(2).scoped());
        assertEquals("t.yaml:" + (firstAddedLine() + 2) + ":5: targets[0]", t.get(0).where());
    }

    @Test
    void aScenarioWithoutTargetsHasNoneAndNoQuestion() {
        Scenario s = ScenarioReader.read(TINY);
        assertEquals(List.of(), s.targets());
        assertEquals("", s.question());
    }

    @Test
    void malformedTargetTextIsRefusedAtItsLineAndKey() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("targets:", "  - pue <= 1.25", "  - pue =< 1.25"));
        assertEquals("t.yaml", e.file());
        assertEquals(firstAddedLine() + 2, e.line());
        assertEquals("targets[1]", e.keyPath());
        assertTrue(e.problem().startsWith("'pue =< 1.25': expected FIGURE<=NUMBER"), e.problem());
    }

    @Test
    void aBoundInMillisecondsIsOnlyForALatencyFigure() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("targets: [pue <= 1.25 ms]"));
        assertEquals("targets[0]", e.keyPath());
        assertTrue(e.problem().contains("a bound in ms is for a latency figure"), e.problem());
    }

    @Test
    void aTargetMustBeText() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("targets:", "  - {pue: 1.25}"));
        assertEquals("targets[0]", e.keyPath());
        assertTrue(e.problem().startsWith("expected a target such as 'pue <= 1.25'"), e.problem());
    }
}
