package org.yrdsim.report;

import org.junit.jupiter.api.Test;
import org.yrdsim.metrics.TargetCrossing;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crossings table names targets and scopes as the verdict table does, and is shown only when a target crossed. */
class CrossingRowsTest {
    private static final List<TargetCrossing> CROSSED = List.of(
        new TargetCrossing("cluster", "rackUtilisation.mean>=0.65", false, 212),
        new TargetCrossing("site:qingpu", "rackUtilisation.mean>=0.65", false, null),
        new TargetCrossing("operator:alibaba", "rejectionRate<=0.01", true, 98));

    @Test
    void targetsAndScopesAreNamedAsInTheVerdict() {
        assertEquals(List.of("first crossed", "rack utilisation >= 65%", "rejection rate <= 1%"), CrossingRows.header(CROSSED));
        assertEquals(List.of(
                List.of("cluster", "met from day 212", "-"),
                List.of("site qingpu", "missed throughout", "-"),
                List.of("operator alibaba", "-", "missed from day 98")),
            CrossingRows.rows(CROSSED));
    }

    @Test
    void aTableOfNothingButThroughoutsIsNotShown() {
        assertTrue(CrossingRows.anyCrossed(CROSSED));
        assertFalse(CrossingRows.anyCrossed(List.of(new TargetCrossing("cluster", "pue<=1.25", true, null))));
    }
}
