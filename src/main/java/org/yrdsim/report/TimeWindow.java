package org.yrdsim.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.yrdsim.scenario.Burst;
import org.yrdsim.scenario.FailureSpec;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.WorkloadSpec;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time axis of charts over a run: the measured window only, from the end of the warm-up to
 * the end, so that the warm-up (often half the run, and left out of every figure) does not take
 * half the width; a note under the title says what was left out. Bursts and outages in the window
 * are shaded and named, so that a two-hour event is seen for what it is.
 */
final class TimeWindow {
    private static final double WEEK_HOURS = 168;
    private static final Color BURST = new Color(0xFF, 0xE8, 0xCC);
    private static final Color OUTAGE = new Color(0xF6, 0xD5, 0xD5);
    private static final Font NOTE = new Font("SansSerif", Font.PLAIN, 12);

    /** A shaded stretch of time and what it was. */
    record Event(double fromHours, double toHours, String label, Color colour) {
    }

    private final double fromHours;
    private final double toHours;
    private final String note;

    TimeWindow(double fromHours, double toHours, String note) {
        this.fromHours = fromHours;
        this.toHours = toHours;
        this.note = note;
    }

    /** The measured window of a run of {@code scenario}. */
    static TimeWindow measured(Scenario scenario) {
        double warmup = scenario.simulation().warmup() / 3600;
        return new TimeWindow(warmup, scenario.simulation().duration() / 3600, warmup > 0
            ? "The first %s h (warm-up, the cluster filling from empty) are left out, as in every figure."
            .formatted(Formats.value(warmup, false)) : null);
    }

    double fromSeconds() {
        return fromHours * 3600;
    }

    /** Fits the chart's time axis to the window, adds the note and shades the events within it. */
    void apply(JFreeChart chart, List<Event> events) {
        XYPlot plot = chart.getXYPlot();
        NumberAxis axis = (NumberAxis) plot.getDomainAxis();
        axis.setRange(fromHours, Math.max(toHours, fromHours + 1));
        double step = tickHours(toHours - fromHours);
        if (step >= WEEK_HOURS) {
            // runs of months and years read in days: "day 365", not "8,760 h"
            axis.setLabel("time (days)");
            axis.setTickUnit(new NumberTickUnit(step, new HoursAsDays()));
        } else {
            axis.setTickUnit(new NumberTickUnit(step, ChartAxes.format(0)));
        }
        // a combined plot draws only its panels' markers: shade each panel, name the event in the first
        List<XYPlot> panels = plot instanceof CombinedDomainXYPlot combined ? combined.getSubplots() : List.of(plot);
        for (Event e : events) {
            if (e.toHours() > fromHours && e.fromHours() < toHours) {
                for (XYPlot panel : panels) {
                    IntervalMarker marker = new IntervalMarker(Math.max(e.fromHours(), fromHours), e.toHours(), e.colour());
                    if (panel == panels.get(0)) {
                        // labels run into the window, never off its edge
                        boolean rightHalf = e.fromHours() > (fromHours + toHours) / 2;
                        marker.setLabel(e.label());
                        marker.setLabelAnchor(rightHalf ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
                        marker.setLabelTextAnchor(rightHalf ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                    }
                    panel.addDomainMarker(marker, Layer.BACKGROUND);
                }
            }
        }
        if (note != null) {
            TextTitle subtitle = new TextTitle(note, NOTE);
            subtitle.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(subtitle);
        }
    }

    /** Ticks at whole hours that divide a day, or at whole weeks for runs of months and years, at most ten across the window. */
    static double tickHours(double spanHours) {
        for (double step : new double[]{1, 2, 3, 6, 12, 24, 48}) {
            if (spanHours / step <= 10) {
                return step;
            }
        }
        return WEEK_HOURS * Math.max(1, Math.ceil(spanHours / 10 / WEEK_HOURS));
    }

    /** Writes an axis value in hours as whole days. */
    private static final class HoursAsDays extends NumberFormat {
        private static final DecimalFormat DAYS = ChartAxes.format(0);

        @Override
        public StringBuffer format(double hours, StringBuffer to, FieldPosition position) {
            return DAYS.format(hours / 24, to, position);
        }

        @Override
        public StringBuffer format(long hours, StringBuffer to, FieldPosition position) {
            return format((double) hours, to, position);
        }

        @Override
        public Number parse(String text, ParsePosition position) {
            throw new UnsupportedOperationException("tick labels are only written");
        }
    }

    /** The scenario's bursts (streams with the same window and multiplier together) and outages. */
    static List<Event> events(Scenario scenario) {
        Map<String, List<String>> bursts = new LinkedHashMap<>();
        Map<String, Burst> windows = new LinkedHashMap<>();
        for (WorkloadSpec w : scenario.workloads()) {
            for (Burst b : w.arrivals().bursts()) {
                String key = b.start() + "/" + b.duration() + "/" + b.multiplier();
                bursts.computeIfAbsent(key, k -> new ArrayList<>()).add(w.name());
                windows.putIfAbsent(key, b);
            }
        }
        List<Event> events = new ArrayList<>();
        bursts.forEach((key, streams) -> {
            Burst b = windows.get(key);
            events.add(new Event(b.start() / 3600, (b.start() + b.duration()) / 3600,
                "burst x" + Formats.value(b.multiplier(), false) + ": " + String.join(", ", streams), BURST));
        });
        for (FailureSpec.Outage o : scenario.failures().outages()) {
            String where = o.site().or(o::datacenter).orElse("?");
            events.add(new Event(o.start() / 3600, (o.start() + o.duration()) / 3600, "outage: " + where, OUTAGE));
        }
        return events;
    }
}
