package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;
import org.yrdsim.BadInputException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariationTest {
    @Test
    void listsAndDecimalRanges() {
        Variation list = Variation.parse("placement.hostPolicy=first-fit, worst-fit");
        assertEquals(List.of("first-fit", "worst-fit"), list.values());
        assertFalse(list.numeric());
        Variation range = Variation.parse("simulation.scale=0.1..0.3:0.1");
        assertEquals(List.of("0.1", "0.2", "0.3"), range.values());
        assertTrue(range.numeric());
        assertEquals(List.of("800", "1000", "1200"), Variation.parse("x.hosts=800..1200:200").values());
    }

    @Test
    void malformedVariationsAreRefused() {
        for (String bad : List.of("noequals", "x=1..3", "x=3..1:1", "x=1..3:0", "x=a,,b")) {
            assertThrows(BadInputException.class, () -> Variation.parse(bad), bad);
        }
    }
}
