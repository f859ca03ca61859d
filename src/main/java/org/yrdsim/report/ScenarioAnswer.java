package org.yrdsim.report;

import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.LendingFigures;
import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.SharingFigures;
import org.yrdsim.metrics.Summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The answer to the question a scenario asks, in a few sentences for the first screen of the report
 * and the console. Which sentences depends on what the scenario has: everyone asks how full the
 * sites get and who is turned away; sharing agreements ask what they save, bursts what happens
 * during them, failures what is lost, latency limits who can serve whom, power-saving and
 * carbon-aware placement what they change ({@link ScenarioFeatureAnswers}).
 */
public final class ScenarioAnswer {
    private ScenarioAnswer() {
    }

    /**
     * @param run     the run whose time series the report shows (replication 0)
     * @param summary its summary, with the replications block when replicated
     */
    public static List<String> lines(RunResult run, Summary summary) {
        ReplicatedFigures figures = ReplicatedFigures.from(summary);
        List<String> lines = new ArrayList<>();
        lines.add(turnedAway(run, summary, figures));
        lines.add(howFull(summary));
        if (!run.scenario().agreements().isEmpty()) {
            lines.add(sharing(summary, figures));
        }
        lines.addAll(ScenarioFeatureAnswers.lines(run, summary, figures));
        ScopeFigures c = summary.cluster();
        lines.add(Formats.text("Facility energy %,.1f MWh, carbon %,.1f t, energy cost %,.0f yuan, after the warm-up.",
            c.facilityEnergyKwh() / 1000, c.carbonTonnes(), c.costYuan()));
        if (summary.replications() != null) {
            lines.add("Figures over time (hours, peaks) are from replication 0, the scenario's own seed; rates are over "
                + summary.replications().count() + " replications, with 95% intervals.");
        }
        return lines;
    }

    private static String turnedAway(RunResult run, Summary summary, ReplicatedFigures figures) {
        ScopeFigures c = summary.cluster();
        String rate = stats(figures, "rejectionRate", true);
        if (c.rejections() == 0) {
            return Formats.text("Turned away: none of the %,d VM requests after the warm-up (rejection rate %s).", c.arrivals(), rate);
        }
        List<String> byOperator = new ArrayList<>();
        summary.operators().entrySet().stream()
            .filter(e -> e.getValue().rejections() != null && e.getValue().rejections() > 0)
            .sorted(Comparator.comparing((Map.Entry<String, ScopeFigures> e) -> e.getValue().rejections()).reversed())
            .forEach(e -> byOperator.add(Formats.text("%s %,d (%s)", e.getKey(), e.getValue().rejections(),
                stats(figures, "operators." + e.getKey() + ".rejectionRate", true))));
        return Formats.text("Turned away: %,d of %,d VM requests (%s): %s; most in the hours of the day %s.", c.rejections(), c.arrivals(),
            rate, String.join(", ", byOperator), busiestHours(run));
    }

    /** The (at most three) hours of the day with the most rejections over the measured window, busiest first. */
    static String busiestHours(RunResult run) {
        double[] byHour = new double[24];
        ScopeSeries cluster = run.series().get(Scope.CLUSTER);
        double[] t = run.times();
        for (int i = run.firstMeasuredSample() + 1; i < t.length; i++) {
            // a sample counts the interval it closes, which began at the previous sample
            byHour[(int) Math.floor(t[i - 1] / 3600) % 24] += cluster.get(Metric.REJECTIONS, i);
        }
        return String.join(", ", IntStream.range(0, 24).boxed().filter(h -> byHour[h] > 0)
            .sorted(Comparator.comparingDouble((Integer h) -> byHour[h]).reversed()).limit(3)
            .map(h -> Formats.text("%02d-%02d h (%,d)", h, h + 1, Math.round(byHour[h]))).toList());
    }

    private static String howFull(Summary summary) {
        List<String> sites = new ArrayList<>();
        summary.sites().forEach((name, f) -> sites.add(Formats.text("%s %s (peak %s)", name, Formats.percent(f.allocatedCpu().mean()),
            Formats.percent(f.allocatedCpu().peak()))));
        return Formats.text("Cores allocated, mean over the measured window: cluster %s; %s.",
            Formats.percent(summary.cluster().allocatedCpu().mean()), String.join(", ", sites));
    }

    /** What the agreements saved: the same requests were run without them. */
    private static String sharing(Summary summary, ReplicatedFigures figures) {
        Map<String, SharingFigures.OperatorSharing> operators = summary.sharing().operators();
        long arrivals = summary.cluster().arrivals();
        long with = summary.cluster().rejections();
        long without = operators.values().stream().mapToLong(o -> o.rejectionsWithoutSharing() == null ? 0 : o.rejectionsWithoutSharing())
            .sum();
        double coreHours = summary.sharing().agreements().stream().mapToDouble(LendingFigures::coreHours).sum();
        double paid = summary.sharing().agreements().stream().mapToDouble(LendingFigures::costYuan).sum();
        if (with == 0 && without == 0) {
            return "The sharing agreements were not needed: no request was turned away with them or, on the same requests, without them.";
        }
        String saved = savedWithInterval(figures, operators.keySet());
        return Formats.text("With the sharing agreements %s of requests were turned away (%,d); without them, on the same requests, "
            + "%s (%,d): the agreements saved %,d requests%s. %,.0f core-hours were borrowed, for %,.0f yuan.",
            Formats.value(arrivals == 0 ? 0 : (double) with / arrivals, true), with,
            Formats.value(arrivals == 0 ? 0 : (double) without / arrivals, true), without, without - with, saved, coreHours, paid);
    }

    /** With replications, the interval of the requests saved, each replication paired with itself; empty otherwise. */
    private static String savedWithInterval(ReplicatedFigures figures, Iterable<String> operators) {
        FigureStats rejections = figures.figure("rejections").orElseThrow();
        if (rejections.n() < 2) {
            return "";
        }
        double[] saved = new double[rejections.n()];
        for (String o : operators) {
            figures.figure("sharing.operators." + o + ".rejectionsWithoutSharing")
                .ifPresent(w -> Arrays.setAll(saved, i -> saved[i] + w.values()[i]));
        }
        Arrays.setAll(saved, i -> saved[i] - rejections.values()[i]);
        FigureStats s = FigureStats.of(saved);
        return Formats.text(" in replication 0; over the replications %s a run", Formats.stats(s, false));
    }

    /** A figure with its interval when replicated. */
    static String stats(ReplicatedFigures figures, String figure, boolean share) {
        return figures.figure(figure).map(s -> Formats.stats(s, share)).orElse("-");
    }
}
