package org.yrdsim.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatsTest {
    @Test
    void differencesOfSharesAreInPercentagePoints() {
        assertEquals("+31.700 pp", Formats.difference(0.317, true));
        assertEquals("-0.250 pp", Formats.difference(-0.0025, true));
        assertEquals("+12", Formats.difference(12, false));
    }

    @Test
    void csvNumbersHaveTheDigitsOfSummaryJson() {
        assertEquals("1.25", Formats.csv(1.2499999999999998));
        assertEquals("0.647383", Formats.csv(0.6473829173649));
        assertEquals("398179.5", Formats.csv(398179.5));
        assertEquals("12", Formats.csv(12.0));
        assertEquals("", Formats.csv(Double.NaN));
    }

    @Test
    void oneRunClaimsNoInterval() {
        assertFalse(Formats.statsKind(1).contains("confidence"), Formats.statsKind(1));
        assertTrue(Formats.statsKind(5).contains("95% confidence interval"));
        assertTrue(Formats.statsKind(5).contains("5 replications"));
    }
}
