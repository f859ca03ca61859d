package org.yrdsim.cli;

import org.yrdsim.report.PointFiles;
import org.yrdsim.report.ResultNames;
import org.yrdsim.report.ResultsRoot;
import org.yrdsim.report.StudyFolder;
import org.yrdsim.report.SweepReport;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.Variation;
import org.yrdsim.study.ParallelRuns;
import org.yrdsim.study.Point;
import org.yrdsim.study.PointRunner;
import org.yrdsim.study.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "sweep", description = "Runs every combination of the varied values (on all cores) and writes results/<scenario>-sweep-<keys>/.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Scenario file.")
    Path scenarioFile;

    @Option(names = "--vary", required = true, paramLabel = "KEY=V1,V2,...|KEY=FROM..TO:STEP",
        description = "A key path and its values, listed or as a range. Repeatable: the sweep runs every combination.")
    List<String> varies;

    @Option(names = "--results", defaultValue = "results", description = "Folder that receives the sweep's folder (default: ${DEFAULT-VALUE}).")
    Path resultsRoot;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--replications", defaultValue = "1", paramLabel = "N",
        description = "Runs with N seeds derived from the scenario's (default: ${DEFAULT-VALUE}).")
    int replications;

    @Override
    public Integer call() {
        List<Variation> variations = varies.stream().map(Variation::parse).toList();
        List<Point> points = Sweep.points(variations);
        PointRunner runner = new PointRunner(scenarioFile, options.overrides(), options.traces(),
            ScenarioOptions.replications(replications));
        Scenario first = runner.scenario(points.get(0));
        ScenarioOptions.requireRunsFit(first, points.size() * runner.replications(), runner.replications(),
            "%d points x %d replications".formatted(points.size(), runner.replications()));
        ResultsRoot.requireWritable(resultsRoot, ResultsRoot.FIXED_BYTES);
        String name = ResultNames.study(first.name(), "sweep", variations.stream().map(Variation::keyPath).toList(),
            options.overrides());
        List<String> identity = identity(first, variations, options.sets);
        StudyFolder.claim(SweepReport.folder(resultsRoot, name), identity);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d points x %d replications on %d threads%n", name, points.size(),
            runner.replications(), ParallelRuns.threads());
        out.flush();
        Sweep.Result result = Sweep.run(runner, points, new PointFiles(SweepReport.folder(resultsRoot, name)),
            ProgressBar.onTerminal(spec.commandLine().getErr(), "sweep"));
        Path folder = SweepReport.write(new SweepReport.Study(name, first.description(), identity, variations,
            points.stream().map(Point::key).toList(), points.stream().map(Point::values).toList(),
            result.summaries(), runner.replications(), facts(first, variations, options.sets, runner.replications())), resultsRoot);
        out.printf("%d points run now, %d finished earlier and skipped%n", result.ran(), points.size() - result.ran());
        out.printf("wall time %.1f s; sum of the single-run times: %.1f s (%.1fx)%n", result.wallSeconds(),
            result.runSeconds(), result.wallSeconds() > 0 ? result.runSeconds() / result.wallSeconds() : 0);
        out.printf("results in %s (see %s)%n", folder, folder.resolve(SweepReport.MARKDOWN));
        return 0;
    }

    /** What makes this sweep the one its folder holds: values may be run again there, other values may not. */
    private static List<String> identity(Scenario s, List<Variation> variations, List<String> sets) {
        List<String> identity = new ArrayList<>(List.of("sweep of scenario " + s.name()));
        sets.forEach(set -> identity.add("--set " + set));
        variations.forEach(v -> identity.add("--vary " + v.keyPath() + "=" + String.join(",", v.values())));
        return identity;
    }

    static Map<String, Object> facts(Scenario s, List<Variation> variations, List<String> sets, int replications) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("scenario file", s.sourceFile());
        facts.put("overrides", sets.isEmpty() ? "none" : String.join(", ", sets));
        variations.forEach(v -> facts.put("varied: " + v.keyPath(), String.join(", ", v.values())));
        facts.put("replications", replications);
        facts.put("seed", s.simulation().seed());
        return facts;
    }
}
