package org.yrdsim.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yrdsim.TestScenarios;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.RunResult;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario's targets are drawn as lines on the charts of the figures they are on. */
class TargetLinesTest {
    private static RunResult run;

    @BeforeAll
    static void runOnce() {
        run = SimulationRun.run(TestScenarios.parse("""
            name: targets
            simulation: {duration: 6h, warmup: 1h, sampleInterval: 30min, seed: 3}
            cities: [{name: here, latitude: 31, longitude: 121}]
            sites:
              - {name: s, latitude: 31.1, longitude: 121, pue: 1.2, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}
            hostTypes:
              - {name: h, cores: 8, coreSpeed: 1 GHz, memory: 8 GiB, storage: 1 TB, network: 1 Gbps, power: {idle: 100 W, peak: 200 W}}
            operators:
              - {name: op, datacenters: [{site: s, hosts: {h: 4}}]}
            workloads:
              - name: calls
                operator: op
                origin: here
                arrivals: {rate: 10/h}
                flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
                lifetime: {distribution: exponential, mean: 1h}
                cpuUsage: {distribution: constant, value: 0.5}
            placement: {hostPolicy: first-fit}
            targets:
              - rackUtilisation.mean >= 65%
              - pue <= 1.25
              - sites.s.pue <= 1.3
              - latency.maxMs <= 5 ms
              - rejectionRate <= 0.1%
            """));
    }

    /** The lines of a plot by their value, each with its label. */
    private static Map<Double, String> lines(Collection<?> markers) {
        Map<Double, String> lines = new TreeMap<>();
        for (Object m : markers == null ? List.of() : markers) {
            if (m instanceof ValueMarker v) {
                lines.put(v.getValue(), v.getLabel());
            }
        }
        return lines;
    }

    @Test
    void rackUtilisationIsChartedPerSiteWithItsTargetLine() {
        JFreeChart chart = TargetCharts.rackUtilisationChart(run);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("cluster", "s"), List.of(plot.getDataset().getSeriesKey(0), plot.getDataset().getSeriesKey(1)));
        assertEquals(Map.of(65.0, "target: mean \u2265 65%"), lines(plot.getRangeMarkers(Layer.FOREGROUND)));
    }

    @Test
    void pueIsChartedPerSiteWithTheClusterAndTheSitesTargets() {
        XYPlot plot = TargetCharts.pueChart(run).getXYPlot();
        assertEquals(Map.of(1.25, "target: \u2264 1.25", 1.3, "s target: \u2264 1.3"), lines(plot.getRangeMarkers(Layer.FOREGROUND)));
        // the site's PUE, as the scenario sets it, at every measured sample
        assertEquals(1.2, plot.getDataset().getYValue(0, 0), 1e-12);
        assertEquals(1, plot.getRangeAxis().getLowerBound(), "a PUE cannot be below 1");
        assertTrue(plot.getRangeAxis().getUpperBound() > 1.3, "the highest target line is inside the chart");
    }

    @Test
    void theLatencyTargetIsDrawnOnTheLatencyChart() {
        XYPlot plot = ClusterCharts.latencyChart(run).getXYPlot();
        assertEquals(Map.of(5.0, "target: max \u2264 5 ms"), lines(plot.getDomainMarkers(Layer.FOREGROUND)));
        assertTrue(plot.getDomainAxis().getUpperBound() >= 5, "the line is inside the chart");
    }

    @Test
    void aTargetOnAnotherFigureDrawsNoLine() {
        List<Marker> none = List.copyOf(TargetCharts.lines(run.scenario().targets(), "usedCpu", 100, "%"));
        assertEquals(List.of(), none);
    }
}
