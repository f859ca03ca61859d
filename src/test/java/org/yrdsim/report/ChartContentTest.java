package org.yrdsim.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.general.DatasetUtils;
import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.LatencyFigures;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.YamlDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the charts show, and say, where the data is empty, constant, categorical or unreplicated. */
class ChartContentTest {
    private static final Figure REJECTION_RATE = Figure.named("rejectionRate");

    @Test
    void aRunWithoutRejectionsSaysSoInsteadOfDrawingAnAxisOfNoise() {
        // 50 one-core slots for one request an hour: nothing is ever turned away
        RunResult run = SimulationRun.run(TestScenarios.erlang(50, 1, "6h", "1h", 3));
        JFreeChart chart = RunCharts.rejectionsChart(run);
        XYPlot plot = chart.getXYPlot();
        assertTrue(DatasetUtils.isEmptyOrNull(plot.getDataset()));
        assertEquals("No VM request was rejected after the warm-up.", plot.getNoDataMessage());
        assertEquals(0, plot.getRangeAxis().getLowerBound());
        assertEquals(1, plot.getRangeAxis().getUpperBound());
        assertFalse(plot.getRangeAxis().isTickLabelsVisible(), "no ticks on an axis of nothing");
        assertEquals(1, plot.getDomainAxis().getLowerBound(), "the time axis starts at the end of the 1 h warm-up");
    }

    @Test
    void aParameterOfNamesIsDrawnAsPointsWithErrorBarsNotAConnectedLine() {
        Map<Double, FigureStats> points = new LinkedHashMap<>();
        points.put(0.0, FigureStats.of(0.028, 0.030, 0.026));
        points.put(1.0, FigureStats.of(0.031, 0.030, 0.032));
        points.put(2.0, FigureStats.of(0.037, 0.036, 0.038));
        JFreeChart chart = StudyCharts.curvesChart(REJECTION_RATE, "placement.hostPolicy",
            new String[]{"first-fit", "best-fit", "worst-fit"}, List.of(new StudyCharts.Curve("rate", points)), Double.NaN);
        CategoryPlot plot = assertInstanceOf(CategoryPlot.class, chart.getPlot());
        StatisticalLineAndShapeRenderer renderer = assertInstanceOf(StatisticalLineAndShapeRenderer.class, plot.getRenderer());
        assertFalse(renderer.getItemLineVisible(0, 0), "no line between categories");
        assertEquals(List.of("first-fit", "best-fit", "worst-fit"), plot.getCategories());
        assertTrue(chart.getTitle().getText().contains("95% confidence interval"));
    }

    @Test
    void oneRunPerPointDrawsNoBandAndClaimsNoInterval() {
        Map<Double, FigureStats> points = new LinkedHashMap<>();
        points.put(100.0, FigureStats.of(0.05));
        points.put(200.0, FigureStats.of(0.01));
        JFreeChart chart = StudyCharts.curvesChart(REJECTION_RATE, "hosts", null,
            List.of(new StudyCharts.Curve("rate", points)), Double.NaN);
        assertFalse(chart.getXYPlot().getRenderer() instanceof DeviationRenderer, "a band of width 0 is not an interval");
        assertFalse(chart.getTitle().getText().contains("confidence"), chart.getTitle().getText());
    }

    @Test
    void aFigureThatIsZeroEverywhereIsSaidNotDrawn() {
        Map<Double, FigureStats> points = new LinkedHashMap<>();
        points.put(1.0, FigureStats.of(0, 0));
        points.put(2.0, FigureStats.of(0, 0));
        JFreeChart chart = StudyCharts.curvesChart(Figure.named("lost"), "hosts", null,
            List.of(new StudyCharts.Curve("lost", points)), Double.NaN);
        assertEquals("VMs lost to failures: 0 at every point.", chart.getPlot().getNoDataMessage());
        assertEquals(0, ((NumberAxis) chart.getXYPlot().getRangeAxis()).getLowerBound());
    }

    /** A trace stream's latency limit is marked on the latency chart and counted in the figures, as a synthetic stream's is. */
    @Test
    void aTraceStreamsLatencyLimitIsChartedAndCounted() throws IOException {
        Path traceTiny = Path.of("src/test/resources/scenarios/trace-tiny.yaml");
        String text = Files.readString(traceTiny).replace("mapping: {operator: ali,", "latencyLimit: 2ms\n    mapping: {operator: ali,");
        RunResult run = SimulationRun.run(ScenarioReader.read(YamlDocument.parse(traceTiny.toString(), text)));

        assertEquals(Map.of(2.0, List.of("batch")), ClusterCharts.limitsMs(run));
        LatencyFigures latency = Summary.of(run, List.of()).latency();
        // origin Hangzhou, the one site at Hangzhou: all 10 requests are placed well within 2 ms
        assertEquals(Map.of("2", 1.0, "5", 1.0), latency.shareWithinMs());
    }

    @Test
    void theLatencyTargetShareIsOverEveryRequestPlaced() {
        assertEquals("Within the cluster's 5 ms target: 75.0% of the 4 requests placed.",
            ClusterCharts.latencyShare(new double[]{0.4, 0.9, 4.9, 6.1}));
    }
}
