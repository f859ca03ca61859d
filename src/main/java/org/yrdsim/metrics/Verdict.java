package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.yrdsim.scenario.Target;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a run stands against its scenario's targets, the {@code verdict} of summary.json. A target
 * decides on the figure it names (the cluster's, unless it names a site, operator or datacenter);
 * an unscoped target is also checked, with the same bound, at every site and operator that has the
 * figure, so the table shows where the cluster falls short even when its total does not.
 *
 * @param allMet whether every target is met (true when the scenario has none)
 */
public record Verdict(boolean allMet, List<TargetVerdict> targets) {
    public static final Verdict NONE = new Verdict(true, List.of());

    /**
     * @param target the target as written, without spaces: {@code rackUtilisation.mean>=0.65}
     * @param met    whether the figure it names meets it
     * @param checks the figure it names first, then the same figure of each site and operator
     */
    public record TargetVerdict(String target, String figure, boolean met, List<Check> checks) {
        /** The target as {@code plan --target} reads it. */
        public Target asTarget() {
            return Target.parse(target, "the verdict's target '" + target + "'");
        }

        /** The check of one scope ({@link Scope#label()}), if the target was checked there. */
        public Optional<Check> at(String scope) {
            return checks.stream().filter(c -> c.scope().equals(scope)).findFirst();
        }
    }

    /**
     * One figure against a target's bound. With replications, {@code value} is the mean and the
     * interval is given; the figure meets the bound only if the whole interval does.
     *
     * @param scope {@link Scope#label()}: {@code cluster}, {@code site:qingpu}, {@code operator:alibaba}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String scope, String figure, double value, Double ciLow, Double ciHigh, boolean met) {
    }

    /**
     * Judges the targets on a summary's figures (flat names, {@link SummaryFigures}).
     *
     * @param sites       the summary's site names, which are also the prefixes {@code sites.<name>.} of their figures
     * @param operators   likewise for operators
     * @param datacenters likewise for datacenters, which only a target naming one is checked at
     */
    public static Verdict of(List<Target> targets, Map<String, FigureStats> figures, Collection<String> sites,
                             Collection<String> operators, Collection<String> datacenters) {
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (Target target : targets) {
            List<Check> checks = new ArrayList<>();
            Optional<Scope> named = scopeOf(target.figure(), sites, operators, datacenters);
            if (named.isPresent()) {
                check(target, named.get(), target.figure(), figures).ifPresent(checks::add);
            } else {
                check(target, Scope.CLUSTER, target.figure(), figures).ifPresent(checks::add);
                sites.forEach(s -> check(target, Scope.site(s), "sites." + s + "." + target.figure(), figures).ifPresent(checks::add));
                operators.forEach(o -> check(target, Scope.operator(o), "operators." + o + "." + target.figure(), figures)
                    .ifPresent(checks::add));
            }
            boolean met = checks.stream().anyMatch(c -> c.figure().equals(target.figure()) && c.met());
            verdicts.add(new TargetVerdict(target.toString(), target.figure(), met, List.copyOf(checks)));
        }
        return new Verdict(verdicts.stream().allMatch(TargetVerdict::met), List.copyOf(verdicts));
    }

    private static Optional<Check> check(Target target, Scope scope, String figure, Map<String, FigureStats> figures) {
        FigureStats s = figures.get(figure);
        if (s == null || noPue(figure, figures)) {
            return Optional.empty();
        }
        return Optional.of(new Check(scope.label(), figure, s.mean(), s.hasInterval() ? s.ciLow() : null,
            s.hasInterval() ? s.ciHigh() : null, target.met(s.low(), s.high())));
    }

    /**
     * Whether the figure is the PUE of a scope that drew no IT energy (every host off or down), for
     * which summary.json writes 0: no PUE to judge, rather than one that meets any ceiling.
     */
    private static boolean noPue(String figure, Map<String, FigureStats> figures) {
        if (!(figure.equals("pue") || figure.endsWith(".pue"))) {
            return false;
        }
        FigureStats it = figures.get(figure.substring(0, figure.length() - "pue".length()) + "itEnergyKwh");
        return it != null && it.high() == 0;
    }

    /** The site, operator or datacenter a figure name begins with; names may hold dots, so they are matched whole. */
    private static Optional<Scope> scopeOf(String figure, Collection<String> sites, Collection<String> operators,
                                           Collection<String> datacenters) {
        for (String s : sites) {
            if (figure.startsWith("sites." + s + ".")) {
                return Optional.of(Scope.site(s));
            }
        }
        for (String o : operators) {
            if (figure.startsWith("operators." + o + ".")) {
                return Optional.of(Scope.operator(o));
            }
        }
        for (String d : datacenters) {
            if (figure.startsWith("datacenters." + d + ".")) {
                return Optional.of(Scope.datacenter(d));
            }
        }
        return Optional.empty();
    }
}
