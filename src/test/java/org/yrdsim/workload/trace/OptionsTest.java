package org.yrdsim.workload.trace;

import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.trace.Parallelism;
import org.yrdsim.scenario.trace.TraceFormat;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OptionsTest {
    @Test
    void parallelismParsesItsTwoForms() {
        assertEquals(Parallelism.allAtOnce(), Parallelism.parse("all-at-once"));
        assertEquals(Parallelism.fixed(8), Parallelism.parse(" fixed:8 "));
        assertEquals("parallelism must be 'all-at-once' or 'fixed:N' (N >= 1), found 'fixed:x'",
            assertThrows(IllegalArgumentException.class, () -> Parallelism.parse("fixed:x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parallelism.parse("fixed:0"));
    }

    @Test
    void fixedParallelismSplitsInstancesIntoEqualWaves() {
        assertEquals(List.of(new Parallelism.Wave(0, 1.0 / 3, 4), new Parallelism.Wave(1.0 / 3, 1.0 / 3, 4),
            new Parallelism.Wave(2.0 / 3, 1.0 / 3, 2)), Parallelism.fixed(4).waves(10));
        assertEquals(List.of(new Parallelism.Wave(0, 1, 3)), Parallelism.fixed(4).waves(3));
    }

    @Test
    void optionsRejectImpossibleValues() {
        var base = Fixtures.OPTIONS;
        assertThrows(IllegalArgumentException.class, () -> base.withWindow(10, 10));
        assertThrows(IllegalArgumentException.class, () -> base.withSpeedUp(0));
        assertThrows(IllegalArgumentException.class, () -> base.withSampling(0, 1));
        assertThrows(IllegalArgumentException.class, () -> base.withTimeShift(-1));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.MAPPING.withDefaultCpuUsage(1.5));
    }

    @Test
    void formatsAreFoundByScenarioName() {
        assertEquals(TraceFormat.GOOGLE_2011_TASK_EVENTS, TraceFormat.byName("google-2011-task-events"));
        assertThrows(IllegalArgumentException.class, () -> TraceFormat.byName("google"));
    }
}
