// yrdsim from Java: read a scenario, change it, simulate, read the figures, write the results folder.
// Run from the repository after ./yrdsim has built the jar:
//   jshell --class-path target/yrdsim.jar docs/examples/run-from-jshell.jsh
import java.nio.file.Path;
import java.util.List;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.Summary;
import org.yrdsim.report.RunReport;
import org.yrdsim.scenario.ScenarioOverride;
import org.yrdsim.scenario.ScenarioOverrides;

// A library does not configure logging: the program using it does. Without a logback.xml of
// your own, logback prints everything, and CloudSim Plus logs several lines per VM at INFO.
var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
root.setLevel(ch.qos.logback.classic.Level.WARN);

// the scenario with one value changed, checked as the file is (like --set on the command line)
var overrides = List.of(ScenarioOverride.parse("placement.hostPolicy=worst-fit"));
var scenario = ScenarioOverrides.read(Path.of("scenarios/yrd-tight.yaml"), overrides);
var run = SimulationRun.run(scenario);

// the figures of summary.json, as records (the cluster's at the top level of the file)
var summary = Summary.of(run, List.of());
System.out.printf("rejection rate %.4f, allocated CPU %s%n", summary.cluster().rejectionRate(), summary.cluster().allocatedCpu());

// the same folder './yrdsim run' writes: summary.json, timeseries.csv, charts, report.html
var written = RunReport.write(run, Path.of("results"));
System.out.println("results in " + written.folder());
/exit
