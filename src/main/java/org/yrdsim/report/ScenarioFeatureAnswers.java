package org.yrdsim.report;

import org.yrdsim.metrics.Metric;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.RunResult;
import org.yrdsim.metrics.Scope;
import org.yrdsim.metrics.ScopeFigures;
import org.yrdsim.metrics.ScopeSeries;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.Burst;
import org.yrdsim.scenario.DatacenterSpec;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.Site;
import org.yrdsim.scenario.WeigherName;
import org.yrdsim.scenario.WorkloadSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The sentences of {@link ScenarioAnswer} that only some scenarios need, each for what the scenario has. */
final class ScenarioFeatureAnswers {
    private ScenarioFeatureAnswers() {
    }

    static List<String> lines(RunResult run, Summary summary, ReplicatedFigures figures) {
        Scenario s = run.scenario();
        List<String> lines = new ArrayList<>();
        bursts(run, lines);
        if (s.failures().timeBetweenFailures().isPresent() || !s.failures().outages().isEmpty()) {
            ScopeFigures c = summary.cluster();
            lines.add(Formats.text("VMs on failed hosts: %,d placed again elsewhere, %,d lost. N+1 headroom (free cores elsewhere "
                + "for all of the largest datacenter's VMs) held %s of the measured time.", c.replaced(), c.lost(),
                ScenarioAnswer.stats(figures, "nPlusOneShare", true)));
        }
        if (!s.latencyLimits().isEmpty()) {
            latency(s, summary, lines);
        }
        if (s.powerOff().isPresent()) {
            lines.add(powerOff(run));
        }
        if (s.placement().weights().multiplier(WeigherName.CARBON) > 0) {
            lines.add(carbon(s, summary));
        }
        return lines;
    }

    /** For each burst window, the bursting operators' requests and rejections in it, and how full their sites got. */
    private static void bursts(RunResult run, List<String> lines) {
        Map<Burst, Set<String>> operators = new LinkedHashMap<>();
        for (WorkloadSpec w : run.scenario().workloads()) {
            w.arrivals().bursts().forEach(b -> operators.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(w.operator()));
        }
        double[] t = run.times();
        operators.forEach((burst, names) -> {
            List<String> parts = new ArrayList<>();
            Set<String> sites = new LinkedHashSet<>();
            for (String operator : names) {
                ScopeSeries series = run.series().get(Scope.operator(operator));
                double arrivals = 0;
                double rejections = 0;
                for (int i = 1; i < t.length; i++) {
                    // the interval a sample closes, [t[i-1], t[i]), counted when it lies in the burst
                    if (t[i - 1] >= burst.start() && t[i] <= burst.start() + burst.duration()) {
                        arrivals += series.get(Metric.ARRIVALS, i);
                        rejections += series.get(Metric.REJECTIONS, i);
                    }
                }
                parts.add(Formats.text("%s turned away %,d of its %,d requests (%s), its own cores at most %s allocated", operator,
                    Math.round(rejections), Math.round(arrivals), Formats.percent(arrivals == 0 ? 0 : rejections / arrivals),
                    Formats.percent(peakIn(burst, t, series.ratio(Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY)))));
                run.scenario().datacenters().stream().filter(dc -> dc.operator().equals(operator)).map(DatacenterSpec::site)
                    .forEach(sites::add);
            }
            List<String> peaks = new ArrayList<>();
            for (String site : sites) {
                peaks.add(site + " " + Formats.percent(peakIn(burst, t,
                    run.series().get(Scope.site(site)).ratio(Metric.ALLOCATED_CORES, Metric.CORE_CAPACITY))));
            }
            lines.add(Formats.text("During the %sx burst from hour %s to %s: %s; cores allocated peaked at %s.",
                Formats.plain(burst.multiplier()), Formats.plain(burst.start() / 3600),
                Formats.plain((burst.start() + burst.duration()) / 3600), String.join("; ", parts), String.join(", ", peaks)));
        });
    }

    /** The highest of the samples taken during the burst. */
    private static double peakIn(Burst burst, double[] t, double[] values) {
        double peak = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= burst.start() && t[i] <= burst.start() + burst.duration()) {
                peak = Math.max(peak, values[i]);
            }
        }
        return peak;
    }

    /**
     * Which sites are within each stream's limit of its origin city (streams that reach the same
     * sites together), and how far the placed requests went.
     */
    private static void latency(Scenario s, Summary summary, List<String> lines) {
        Map<Double, Map<String, List<String>>> byLimit = new TreeMap<>();
        s.latencyLimits().forEach((stream, limit) -> s.workload(stream).ifPresent(w -> {
            List<String> sites = new ArrayList<>();
            s.sites().forEach(site -> {
                if (s.city(w.origin()).map(city -> s.latency().seconds(city, site)).orElse(Double.MAX_VALUE) <= limit) {
                    sites.add(site.name());
                }
            });
            String reach = sites.size() == s.sites().size() ? "every site" : sites.isEmpty() ? "no site" : String.join(", ", sites);
            byLimit.computeIfAbsent(limit * 1000, k -> new LinkedHashMap<>()).computeIfAbsent(reach, k -> new ArrayList<>())
                .add(stream + " (" + w.origin() + ")");
        }));
        byLimit.forEach((ms, reaches) -> {
            List<String> parts = new ArrayList<>();
            reaches.forEach((reach, streams) -> parts.add(reach + " for " + String.join(", ", streams)));
            lines.add(Formats.text("Within %s ms of the streams' cities: %s.", Formats.plain(ms), String.join("; ", parts)));
        });
        lines.add(Formats.text("Placed requests' one-way latency: median %.2f ms, p95 %.2f ms, at most %.2f ms.",
            summary.latency().p50Ms(), summary.latency().p95Ms(), summary.latency().maxMs()));
    }

    /**
     * Hosts switched off on average, and the facility energy they would have drawn idling: the
     * idle power of their datacenter's host types (weighted by count) times the site's PUE.
     */
    private static String powerOff(RunResult run) {
        double[] t = run.times();
        double offHostSeconds = 0;
        double hostSeconds = 0;
        double savedWattSeconds = 0;
        for (DatacenterSpec dc : run.scenario().datacenters()) {
            ScopeSeries series = run.series().get(Scope.datacenter(dc.name()));
            if (series == null) {
                continue;
            }
            Site site = run.scenario().site(dc.site()).orElseThrow();
            double idleWatts = idleWatts(run.scenario(), dc);
            for (int i = run.firstMeasuredSample() + 1; i < t.length; i++) {
                double dt = t[i] - t[i - 1];
                offHostSeconds += series.get(Metric.HOSTS_OFF, i) * dt;
                hostSeconds += series.get(Metric.HOSTS, i) * dt;
                savedWattSeconds += series.get(Metric.HOSTS_OFF, i) * idleWatts * site.pue().at(t[i - 1]) * dt;
            }
        }
        double share = hostSeconds == 0 ? 0 : offHostSeconds / hostSeconds;
        return Formats.text("Idle hosts switched off: %s of the hosts on average, about %s MWh of facility energy not drawn "
            + "(what they would have drawn idling).", Formats.percent(share), Formats.value(savedWattSeconds / 3.6e9, false));
    }

    private static double idleWatts(Scenario s, DatacenterSpec dc) {
        double watts = 0;
        int hosts = 0;
        for (Map.Entry<String, Integer> e : dc.hosts().entrySet()) {
            watts += s.hostType(e.getKey()).orElseThrow().power().idle() * e.getValue();
            hosts += e.getValue();
        }
        return hosts == 0 ? 0 : watts / hosts;
    }

    /** Where carbon-aware placement put the IT energy, against each site's green share. */
    private static String carbon(Scenario s, Summary summary) {
        double total = summary.cluster().itEnergyKwh();
        List<String> sites = new ArrayList<>();
        summary.sites().forEach((name, f) -> sites.add(Formats.text("%s %s (%s green)", name,
            Formats.percent(total == 0 ? 0 : f.itEnergyKwh() / total), Formats.percent(s.site(name).orElseThrow().greenShare()))));
        return Formats.text("Carbon-aware placement put the IT energy at %s. What it saves is the difference to a nearest-first run "
            + "on the same demand (set placement.datacenterWeights.carbon=0, then compare the two results).", String.join(", ", sites));
    }
}
