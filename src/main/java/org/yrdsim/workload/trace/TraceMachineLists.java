package org.yrdsim.workload.trace;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.MachineLists;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceProvenance;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/** The trace readers' answer to what a scenario asks of a machine list (registered in META-INF/services). */
public final class TraceMachineLists implements MachineLists {
    @Override
    public MachineList read(TraceFormat format, Path file, long referenceMemoryMib, String datacenter) {
        SortedMap<Shape, Integer> byShape = new TreeMap<>();
        try (MachineReader machines = TraceReaders.openMachines(format, file, referenceMemoryMib)) {
            machines.forEachRemaining(m -> byShape.merge(new Shape(m.cores(), m.memoryMib()), 1, Integer::sum));
            return new MachineList(byShape, machines.report().provenance(datacenter, TraceProvenance.Use.HOSTS, format,
                file.toString(), null, null));
        } catch (TraceException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
