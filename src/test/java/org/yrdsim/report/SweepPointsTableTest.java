package org.yrdsim.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sweep of a few points over many figures shows each point as a column and each figure as a row. */
class SweepPointsTableTest {
    @Test
    void eachPointBecomesAColumnAndEachFigureARow() {
        List<String> header = List.of("placement.hostPolicy", "simulation.scale", "rejection rate", "PUE");
        List<List<String>> rows = List.of(List.of("best-fit", "0.05", "2.392%", "1.250"), List.of("worst-fit", "0.05", "3.574%", "1.250"));
        assertEquals(List.of(
                List.of("figure", "best-fit, 0.05", "worst-fit, 0.05"),
                List.of("rejection rate", "2.392%", "3.574%"),
                List.of("PUE", "1.250", "1.250")),
            SweepReport.pointsAcross(header, rows, 2));
    }
}
