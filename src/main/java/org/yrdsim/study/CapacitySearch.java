package org.yrdsim.study;

import org.yrdsim.BadInputException;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.Summary;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The smallest value of one parameter at which every target is met (or the largest: the latest
 * date a phase of hosts may come in service), by bisection on a grid from {@code low} to
 * {@code high} in steps of {@code step}. It assumes the figures are monotone in the parameter over
 * the range (more hosts never raise rejections, a later phase never lowers them), so whether the
 * targets are met switches once: the search keeps a value known to fail on one side and one known
 * to meet on the other.
 */
public final class CapacitySearch {
    /** One value tried: its figures over the replications and, per target, whether it was met. */
    public record Trial(BigDecimal value, ReplicatedFigures figures, List<Boolean> met) {
        public boolean allMet() {
            return !met.contains(false);
        }
    }

    /** Which end of the values meeting every target the search finds. */
    public enum Seek {
        /** Met from some value up: the least capacity that is enough. */
        SMALLEST,
        /** Met up to some value: the latest date, the most load, that is still fine. */
        LARGEST
    }

    /** @param answer the smallest (largest) value meeting every target; empty when even the end of the range that should meet them does not */
    public record Answer(Optional<BigDecimal> answer, List<Trial> trials, String reason) {
    }

    private final PointRunner runner;
    private final String keyPath;
    private final List<Target> targets;
    private final Progress progress;
    private final Seek seek;
    private final String unit;
    private final List<Trial> trials = new ArrayList<>();

    /** @param unit written after each value tried, as the scenario wants it ({@code d} for {@code 300d}); empty for a plain number */
    public CapacitySearch(PointRunner runner, String keyPath, List<Target> targets, Progress progress, Seek seek, String unit) {
        if (targets.isEmpty()) {
            throw new BadInputException("plan needs a target: give --target, or targets: in the scenario");
        }
        this.runner = runner;
        this.keyPath = keyPath;
        this.targets = List.copyOf(targets);
        this.progress = progress;
        this.seek = seek;
        this.unit = unit;
    }

    public Answer search(BigDecimal low, BigDecimal high, BigDecimal step) {
        if (step.signum() <= 0 || low.compareTo(high) > 0) {
            throw new BadInputException("the range must run upwards with a step greater than 0");
        }
        if (high.subtract(low).remainder(step).signum() != 0) {
            throw new BadInputException("the range " + plain(low) + ".." + plain(high) + " is not a whole number of steps of " + plain(step));
        }
        boolean smallest = seek == Seek.SMALLEST;
        BigDecimal meetingEnd = smallest ? high : low;
        BigDecimal otherEnd = smallest ? low : high;
        String meetingSide = smallest ? "top" : "bottom";
        if (!trial(meetingEnd).allMet()) {
            return new Answer(Optional.empty(), trials, "the targets are not met even at the " + meetingSide + " of the range, "
                + plain(meetingEnd) + unit);
        }
        if (trial(otherEnd).allMet()) {
            return new Answer(Optional.of(otherEnd), trials, "the targets are already met at the " + (smallest ? "bottom" : "top")
                + " of the range");
        }
        BigDecimal failing = otherEnd;
        BigDecimal meeting = meetingEnd;
        while (meeting.subtract(failing).abs().compareTo(step) > 0) {
            BigDecimal below = failing.min(meeting);
            BigDecimal steps = meeting.subtract(failing).abs().divide(step, 0, RoundingMode.FLOOR);
            BigDecimal mid = below.add(step.multiply(steps.divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR)));
            if (trial(mid).allMet()) {
                meeting = mid;
            } else {
                failing = mid;
            }
        }
        return new Answer(Optional.of(meeting), trials,
            "met at " + plain(meeting) + unit + " and not at " + plain(failing) + unit + ", one step " + (smallest ? "below" : "above"));
    }

    private Trial trial(BigDecimal value) {
        String written = plain(value) + unit;
        Point point = new Point(List.of(new ScenarioOverride("--vary " + keyPath + "=" + written, keyPath, written)));
        Summary summary = runner.run(List.of(point), progress, (p, s) -> {
        }).get(0);
        ReplicatedFigures figures = ReplicatedFigures.from(summary);
        List<Boolean> met = new ArrayList<>();
        for (Target t : targets) {
            FigureStats s = figures.figure(t.figure()).orElseThrow(() -> unknownFigure(t, figures));
            met.add(t.met(s.low(), s.high()));
        }
        Trial trial = new Trial(value, figures, met);
        trials.add(trial);
        return trial;
    }

    private static BadInputException unknownFigure(Target t, ReplicatedFigures figures) {
        List<String> known = figures.figures().keySet().stream().filter(SummaryFigures::isClusterFigure).toList();
        return new BadInputException(t.where() + ": no figure named '" + t.figure() + "' in summary.json (cluster figures: "
            + String.join(", ", known) + "; others as operators.<name>.rejectionRate, sites.<name>.allocatedCpu.mean, ...)");
    }

    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
