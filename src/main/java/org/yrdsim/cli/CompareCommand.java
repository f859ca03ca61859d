package org.yrdsim.cli;

import org.yrdsim.report.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", description = "Puts finished runs side by side (read from disk, never re-run) in results/compare-<names>/.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "RESULT_DIR", description = "Results folders of finished runs; the first is the base.")
    List<Path> runs;

    @Option(names = "--results", defaultValue = "results", description = "Folder that receives the comparison (default: ${DEFAULT-VALUE}).")
    Path resultsRoot;

    @Override
    public Integer call() {
        Path folder = CompareReport.write(runs, resultsRoot);
        spec.commandLine().getOut().printf("comparison in %s (see %s)%n", folder, folder.resolve(CompareReport.MARKDOWN));
        return 0;
    }
}
