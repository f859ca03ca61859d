package org.yrdsim.scenario;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a datacenter's hosts from a trace's machine list:
 * {@code hosts: {fromTrace: {format: alibaba-2017-server-event, path: ..., referenceMemory: 256 GiB, like: general}}}.
 * Machines are grouped by (cores, memory); each group becomes a host type named
 * {@code <like>-<cores>c-<memory MiB>m} that takes its core speed, storage, network and power curve
 * from the declared host type {@code like} (traces record none of these), and the group's size is
 * its host count. The list is read once, when the scenario is read, so a missing or malformed file
 * is a scenario error at its key.
 */
final class TraceHostsReader {
    static final String KEY = "fromTrace";

    private final TraceLocator locator;
    private final String scenarioFile;
    private final List<HostType> declared;
    private final Map<String, HostType> generated = new LinkedHashMap<>();
    private final Map<String, TraceProvenance> readFor = new LinkedHashMap<>();

    TraceHostsReader(TraceLocator locator, String scenarioFile, List<HostType> declared) {
        this.locator = locator;
        this.scenarioFile = scenarioFile;
        this.declared = declared;
    }

    /** Host counts by generated host-type name, for the {@code fromTrace} mapping {@code node} of {@code datacenter}. */
    Map<String, Integer> hosts(ScenarioNode node, String datacenter) {
        TraceFormat format = TraceStreamReader.format(node, TraceFormat.Yields.MACHINES);
        Path file = locator.existingFile(node, "path", scenarioFile);
        long referenceMemory = Math.round(node.quantity("referenceMemory", Units.Kind.MEMORY));
        String likeName = ScenarioReader.reference(node, "like", declared.stream().map(HostType::name).toList());
        HostType like = declared.stream().filter(t -> t.name().equals(likeName)).findFirst().orElseThrow();
        node.done();
        MachineLists.MachineList machines;
        try {
            machines = MachineLists.installed().read(format, file, referenceMemory, datacenter);
        } catch (BadInputException e) {
            throw node.error("path", e.getMessage());
        }
        Map<MachineLists.Shape, Integer> byShape = machines.countByShape();
        if (byShape.isEmpty()) {
            throw node.error("path", "the trace lists no machines: " + file);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        byShape.forEach((shape, count) -> {
            HostType type = new HostType("%s-%dc-%dm".formatted(like.name(), shape.cores(), shape.memoryMib()),
                shape.cores(), like.coreMhz(), shape.memoryMib(), like.storageMib(), like.bandwidthMbps(), like.power());
            if (declared.stream().anyMatch(t -> t.name().equals(type.name()))) {
                throw node.error("like", "a declared host type is already named '" + type.name() + "', the name given to "
                    + "this trace's machines of " + shape.cores() + " cores and " + shape.memoryMib() + " MiB");
            }
            generated.putIfAbsent(type.name(), type);
            counts.merge(type.name(), count, Integer::sum);
        });
        readFor.put(datacenter, machines.provenance());
        return counts;
    }

    /** How the machine list of a datacenter's hosts was read, if its hosts came from one. */
    Optional<TraceProvenance> provenance(String datacenter) {
        return Optional.ofNullable(readFor.get(datacenter));
    }

    /** The declared host types followed by those generated from traces. */
    List<HostType> allTypes() {
        List<HostType> all = new ArrayList<>(declared);
        all.addAll(generated.values());
        return List.copyOf(all);
    }
}
