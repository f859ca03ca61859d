package org.yrdsim.cli;

import org.yrdsim.BadInputException;
import org.yrdsim.metrics.Figure;
import org.yrdsim.metrics.FigureStats;
import org.yrdsim.metrics.SummaryFigures;
import org.yrdsim.report.Formats;
import org.yrdsim.report.PlanReport;
import org.yrdsim.report.ResultNames;
import org.yrdsim.report.ResultsRoot;
import org.yrdsim.report.StudyFolder;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.Target;
import org.yrdsim.scenario.Variation;
import org.yrdsim.study.CapacitySearch;
import org.yrdsim.study.Point;
import org.yrdsim.study.PointRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "plan", description = "Finds the smallest (or with --largest the largest) value of a parameter that meets every target, by bisection; writes results/<scenario>-plan-<key>/.")
final class PlanCommand implements Callable<Integer> {
    private static final Pattern RANGE = Pattern.compile(
        "([^=]+)=\\s*([-0-9.]+)\\s*([A-Za-z]*)\\s*\\.\\.\\s*([-0-9.]+)\\s*([A-Za-z]*)\\s*(?::\\s*([0-9.]+)\\s*([A-Za-z]*))?\\s*");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Scenario file.")
    Path scenarioFile;

    @Option(names = "--vary", required = true, paramLabel = "KEY=FROM..TO[:STEP]",
        description = "The parameter to size and the range to search, where the figures are monotone; "
            + "the step is the resolution (default 1, for counts). A unit goes after each number: 200d..365d:15d.")
    String vary;

    @Option(names = "--largest",
        description = "Find the largest value that still meets every target (the latest date a phase of hosts may come in service) instead of the smallest.")
    boolean largest;

    @Option(names = "--target", paramLabel = "EXPR",
        description = "A goal such as 'rejectionRate<=0.001' or 'allocatedCpu.p95<=0.80' (figure names as in summary.json). "
            + "Repeatable; without it, the scenario's targets: are used.")
    List<String> targetTexts = new ArrayList<>();

    @Option(names = "--replications", defaultValue = "5", paramLabel = "N",
        description = "Seeds per value tried; a target is met only when its 95%% interval is on the right side (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--results", defaultValue = "results", description = "Folder that receives the plan's folder (default: ${DEFAULT-VALUE}).")
    Path resultsRoot;

    @Mixin
    ScenarioOptions options;

    @Override
    public Integer call() {
        Matcher m = RANGE.matcher(vary);
        if (!m.matches()) {
            throw new BadInputException("--vary " + vary + ": expected key.path=from..to or key.path=from..to:step");
        }
        String key = m.group(1).trim();
        Variation.Range range = Variation.Range.parse("--vary " + vary, m.group(2), m.group(4));
        BigDecimal step = m.group(6) == null ? BigDecimal.ONE : new BigDecimal(m.group(6));
        String unit = m.group(3);
        if (!m.group(5).equals(unit) || m.group(6) != null && !m.group(7).equals(unit)) {
            throw new BadInputException("--vary " + vary + ": give every number of the range the same unit, as in 200d..365d:15d");
        }
        CapacitySearch.Seek seek = largest ? CapacitySearch.Seek.LARGEST : CapacitySearch.Seek.SMALLEST;
        List<Target> given = targetTexts.stream().map(Target::parse).toList();
        PointRunner runner = new PointRunner(scenarioFile, options.overrides(), options.traces(),
            ScenarioOptions.replications(replications));
        Scenario scenario = runner.scenario(new Point(List.of(new Variation(key, List.of()).override(range.from().toPlainString() + unit))));
        List<Target> targets = given.isEmpty() ? scenario.targets() : given;
        if (targets.isEmpty()) {
            throw new BadInputException("plan needs a target: give --target EXPR, or list targets: in " + scenarioFile);
        }
        SummaryFigures.requireKnown(targets, scenario);
        // bisection runs both ends, then halves the steps between them until they are adjacent
        long values = range.to().subtract(range.from()).divide(step, 0, RoundingMode.FLOOR).longValue() + 1;
        int points = 2 + (int) Math.ceil(Math.log(Math.max(1, values - 1)) / Math.log(2));
        ScenarioOptions.requireRunsFit(scenario, points * replications, replications,
            "at most %d values searched x %d replications".formatted(points, replications));
        ResultsRoot.requireWritable(resultsRoot, ResultsRoot.FIXED_BYTES);
        String name = ResultNames.study(scenario.name(), "plan", List.of(key), options.overrides());
        List<String> identity = new ArrayList<>(List.of("plan of scenario " + scenario.name()));
        options.sets.forEach(set -> identity.add("--set " + set));
        identity.add("--vary " + vary.strip());
        if (largest) {
            identity.add("--largest");
        }
        targets.forEach(t -> identity.add("--target " + t));
        StudyFolder.checkFree(resultsRoot.resolve(name), identity);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("plan %s: %s %s in %s..%s (step %s) meeting %s, %d replications per value%n", scenario.name(),
            largest ? "largest" : "smallest", key, CapacitySearch.plain(range.from()) + unit, CapacitySearch.plain(range.to()) + unit,
            CapacitySearch.plain(step) + unit, targets, replications);
        out.flush();
        CapacitySearch.Answer answer = new CapacitySearch(runner, key, targets, ProgressBar.onTerminal(spec.commandLine().getErr(), "plan"),
            seek, unit).search(range.from(), range.to(), step);
        List<PlanReport.Tried> tried = answer.trials().stream()
            .map(t -> new PlanReport.Tried(t.value(), t.figures(), t.met())).toList();
        for (PlanReport.Tried t : tried) {
            StringBuilder line = new StringBuilder("  %s=%s:".formatted(key, t.value().toPlainString() + unit));
            for (int i = 0; i < targets.size(); i++) {
                FigureStats s = t.figures().figures().get(targets.get(i).figure());
                line.append("  %s %s %s".formatted(targets.get(i).figure(), Formats.stats(s, Figure.isShare(targets.get(i).figure())),
                    t.met().get(i) ? "met" : "not met"));
            }
            out.println(line);
        }
        String text = answer.answer().map(v -> "answer: " + key + " = " + CapacitySearch.plain(v) + unit)
            .orElse("no answer in the range");
        out.printf("%s (%s)%n", text, answer.reason());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("scenario file", scenario.sourceFile());
        facts.put("overrides", options.sets.isEmpty() ? "none" : String.join(", ", options.sets));
        facts.put("varied", key + " from " + CapacitySearch.plain(range.from()) + unit + " to " + CapacitySearch.plain(range.to())
            + unit + " in steps of " + CapacitySearch.plain(step) + unit + (largest ? ", for the largest meeting every target" : ""));
        facts.put("targets", targets.toString());
        facts.put("replications per value", replications);
        String keyLabel = unit.isEmpty() ? key : key + " (" + unit + ")";
        Path folder = PlanReport.write(new PlanReport.Plan(name, scenario.description(), identity, keyLabel, targets, text, answer.reason(),
            tried, facts), resultsRoot);
        out.printf("results in %s%n", folder);
        return 0;
    }
}
