package org.yrdsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code failures} section: random host failures and scheduled outages. */
final class FailureReader {
    private FailureReader() {
    }

    static FailureSpec read(ScenarioNode node, List<String> sites, List<Operator> operators) {
        Optional<DistributionSpec> between = Optional.empty();
        Optional<DistributionSpec> repair = Optional.empty();
        if (node.has("hosts")) {
            ScenarioNode hosts = node.mapping("hosts");
            ScenarioNode betweenNode = hosts.mapping("timeBetweenFailures");
            between = Optional.of(ScenarioReader.DURATIONS.read(betweenNode));
            betweenNode.done();
            ScenarioNode repairNode = hosts.mapping("repairTime");
            repair = Optional.of(ScenarioReader.DURATIONS.read(repairNode));
            repairNode.done();
            hosts.done();
        }
        List<String> datacenters = operators.stream().flatMap(o -> o.datacenters().stream()).map(DatacenterSpec::name).toList();
        List<FailureSpec.Outage> outages = new ArrayList<>();
        for (ScenarioNode outage : node.list("outages", true)) {
            Optional<String> site = Optional.empty();
            Optional<String> datacenter = Optional.empty();
            if (outage.has("site") == outage.has("datacenter")) {
                throw outage.error("an outage names either a site or a datacenter (operator@site)");
            }
            if (outage.has("site")) {
                site = Optional.of(ScenarioReader.reference(outage, "site", sites));
            } else {
                datacenter = Optional.of(ScenarioReader.reference(outage, "datacenter", datacenters));
            }
            double start = outage.quantityOrZero("at", Units.Kind.DURATION);
            double duration = outage.quantity("duration", Units.Kind.DURATION);
            outage.done();
            outages.add(new FailureSpec.Outage(site, datacenter, start, duration));
        }
        node.done();
        return new FailureSpec(between, repair, List.copyOf(outages));
    }
}
