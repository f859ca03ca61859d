package org.yrdsim.metrics;

import org.junit.jupiter.api.Test;
import org.yrdsim.report.VerdictTable;
import org.yrdsim.scenario.Target;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verdict on targets, judged on figures made by hand. */
class VerdictTest {
    private static final List<String> SITES = List.of("qingpu", "jiashan");
    private static final List<String> OPERATORS = List.of("ucloud");

    private static Map<String, FigureStats> figures() {
        Map<String, FigureStats> f = new LinkedHashMap<>();
        f.put("rackUtilisation.mean", FigureStats.of(0.70));
        f.put("sites.qingpu.rackUtilisation.mean", FigureStats.of(0.60));
        f.put("sites.jiashan.rackUtilisation.mean", FigureStats.of(0.80));
        f.put("operators.ucloud.rackUtilisation.mean", FigureStats.of(0.66));
        // 1.25 x energy / energy, as a sum of products comes out
        f.put("pue", FigureStats.of(1.2500000000000002));
        f.put("sites.jiashan.pue", FigureStats.of(1.3));
        // every host at Qingpu switched off: no IT energy, and summary.json writes a PUE of 0
        f.put("sites.qingpu.itEnergyKwh", FigureStats.of(0));
        f.put("sites.qingpu.pue", FigureStats.of(0));
        // mean 0.0008 below the bound, but the 95% interval reaches above it
        f.put("rejectionRate", FigureStats.of(0.0004, 0.0008, 0.0012));
        return f;
    }

    private static Verdict judge(String... targets) {
        return Verdict.of(java.util.Arrays.stream(targets).map(t -> Target.parse(t, "test")).toList(), figures(), SITES, OPERATORS,
            List.of());
    }

    @Test
    void anUnscopedTargetDecidesOnTheClusterAndIsCheckedAtEverySiteAndOperatorThatHasTheFigure() {
        Verdict v = judge("rackUtilisation.mean >= 65%");
        Verdict.TargetVerdict t = v.targets().get(0);
        assertTrue(t.met(), "the cluster's 70% meets 65%");
        assertTrue(v.allMet());
        assertEquals(List.of("cluster", "site:qingpu", "site:jiashan", "operator:ucloud"), t.checks().stream().map(Verdict.Check::scope).toList());
        assertEquals(List.of(true, false, true, true), t.checks().stream().map(Verdict.Check::met).toList());
        assertEquals("1 of 1 targets met; met overall but not by site qingpu (rack utilisation).", VerdictTable.sentence(v));
    }

    @Test
    void aValueARoundingErrorAboveItsBoundMeetsIt() {
        Verdict.TargetVerdict pue = judge("pue <= 1.25").targets().get(0);
        assertTrue(pue.met());
        assertEquals(List.of("cluster", "site:jiashan"), pue.checks().stream().map(Verdict.Check::scope).toList(),
            "only the scopes that have the figure, and not a site that drew no energy");
        assertFalse(pue.at("site:jiashan").orElseThrow().met());
    }

    @Test
    void withReplicationsTheWholeIntervalMustMeetTheBound() {
        Verdict v = judge("rejectionRate <= 0.1%");
        Verdict.Check c = v.targets().get(0).at("cluster").orElseThrow();
        assertEquals(0.0008, c.value(), 1e-15);
        assertTrue(c.ciHigh() > 0.001);
        assertFalse(c.met());
        assertFalse(v.allMet());
        List<String> cluster = VerdictTable.rows(v).get(0);
        assertEquals("cluster", cluster.get(0));
        assertTrue(cluster.get(1).endsWith(" " + VerdictTable.FAIL), cluster.get(1));
    }

    @Test
    void aScopedTargetIsCheckedOnlyWhereItSays() {
        Verdict v = judge("sites.jiashan.pue <= 1.35", "rackUtilisation.mean >= 75%");
        Verdict.TargetVerdict scoped = v.targets().get(0);
        assertEquals(1, scoped.checks().size());
        assertEquals("site:jiashan", scoped.checks().get(0).scope());
        assertTrue(scoped.met());
        assertFalse(v.targets().get(1).met(), "70% is below 75%");
        assertEquals(List.of("scope", "site jiashan: PUE <= 1.35", "rack utilisation >= 75%"), VerdictTable.header(v));
        assertEquals("1 of 2 targets met; not met: rack utilisation >= 75%.", VerdictTable.sentence(v));
    }
}
