package org.yrdsim.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yrdsim.scenario.Target;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureStatsTest {
    @Test
    void confidenceIntervalMatchesAHandComputedCase() {
        // values 1..5: mean 3, sample sd sqrt(2.5) = 1.581139; t(0.975, 4 df) = 2.776445 (tables);
        // half-width 2.776445 * 1.581139 / sqrt(5) = 1.963243
        FigureStats s = FigureStats.of(1, 2, 3, 4, 5);
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(1.581139, s.sd(), 1e-6);
        assertEquals(3 - 1.963243, s.ciLow(), 1e-6);
        assertEquals(3 + 1.963243, s.ciHigh(), 1e-6);
        assertEquals(5, s.n());
    }

    @Test
    void anIntervalOfAShareStaysWithin0And1() {
        // N+1 headroom in three replications: a t-interval would run from 69% to 126%
        double[] headroom = {1.0, 1.0, 0.93};
        FigureStats plain = FigureStats.of(headroom);
        assertTrue(plain.ciHigh() > 1, "the raw t-interval passes 100%: " + plain.ciHigh());
        FigureStats share = FigureStats.of("nPlusOneShare", headroom);
        assertEquals(plain.mean(), share.mean());
        assertEquals(plain.ciLow(), share.ciLow(), "the low end was inside and stays");
        assertEquals(1.0, share.ciHigh());
        FigureStats rejections = FigureStats.of("operators.alibaba.rejectionRate", 0.0, 0.0, 0.004);
        assertEquals(0.0, rejections.ciLow(), "a rate is never below 0");
        FigureStats counts = FigureStats.of("rejections", 0, 0, 4);
        assertTrue(counts.ciLow() < 0, "counts are not shares: their interval is left as it is");
    }

    @Test
    void aSingleValueHasNoInterval() {
        FigureStats s = FigureStats.of(0.25);
        assertFalse(s.hasInterval());
        assertEquals(0.25, s.low());
        assertEquals(0.25, s.high());
    }

    @Test
    void pairedDifferencesUseTheReplicationsInSeedOrder() {
        ReplicatedFigures a = new ReplicatedFigures(List.of(1L, 2L, 3L), Map.of("x", FigureStats.of(10, 20, 30)));
        ReplicatedFigures b = new ReplicatedFigures(List.of(1L, 2L, 3L), Map.of("x", FigureStats.of(11, 21.2, 30.8)));
        FigureStats d = b.pairedDifference(a, "x").orElseThrow();
        // differences 1, 1.2, 0.8: mean 1, sd 0.2, t(0.975, 2) = 4.302653, half-width 4.302653 * 0.2 / sqrt(3)
        assertEquals(1.0, d.mean(), 1e-12);
        assertEquals(1 - 4.302653 * 0.2 / Math.sqrt(3), d.ciLow(), 1e-6);
        assertTrue(d.excludesZero());
        // the unpaired means differ by the same amount but their own intervals overlap widely
        assertTrue(b.figure("x").orElseThrow().ciLow() < a.figure("x").orElseThrow().ciHigh());
        ReplicatedFigures other = new ReplicatedFigures(List.of(4L, 5L, 6L), Map.of("x", FigureStats.of(11, 21.2, 30.8)));
        assertTrue(other.pairedDifference(a, "x").isEmpty());
    }

    @Test
    void targetsCountAsMetOnlyWhenTheIntervalIsOnTheRightSide() {
        Target t = Target.parse("rejectionRate<=0.05");
        assertEquals("rejectionRate", t.figure());
        assertTrue(metBy(t, FigureStats.of(0.03, 0.04, 0.035)));
        assertFalse(metBy(t, FigureStats.of(0.03, 0.06, 0.045)), "mean below but interval above the bound");
        assertTrue(metBy(Target.parse("allocatedCpu.p95 >= 80%"), FigureStats.of(0.85)));
    }

    private static boolean metBy(Target t, FigureStats s) {
        return t.met(s.low(), s.high());
    }

    @Test
    void replicatedSummaryKeepsTheSingleRunShapeAndAddsTheBlock() throws IOException {
        Summary r0 = Summary.fromJson(new ObjectMapper().readTree("""
            {"schemaVersion": 1, "scenario": {"seed": 1}, "rejectionRate": 0.1, "allocatedCpu": {"mean": 0.5}}"""));
        Summary r1 = Summary.fromJson(new ObjectMapper().readTree("""
            {"schemaVersion": 1, "scenario": {"seed": 9}, "rejectionRate": 0.3, "allocatedCpu": {"mean": 0.7}}"""));
        Summary summary = Replications.summary(List.of(r0, r1), List.of(1L, 9L));
        assertEquals(0.1, summary.cluster().rejectionRate());
        ReplicatedFigures f = ReplicatedFigures.from(summary);
        assertEquals(List.of(1L, 9L), f.seeds());
        assertEquals(0.2, f.figure("rejectionRate").orElseThrow().mean(), 1e-12);
        assertEquals(0.6, f.figure("allocatedCpu.mean").orElseThrow().mean(), 1e-12);
        assertEquals(1, ReplicatedFigures.from(r0).figure("rejectionRate").orElseThrow().n());
    }
}
