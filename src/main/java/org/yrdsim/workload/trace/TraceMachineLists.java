package org.yrdsim.workload.trace;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.MachineLists;
import org.yrdsim.scenario.trace.TraceFormat;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/** The trace readers' answer to what a scenario asks of a machine list (registered in META-INF/services). */
public final class TraceMachineLists implements MachineLists {
    @Override
    public SortedMap<Shape, Integer> countByShape(TraceFormat format, Path file, long referenceMemoryMib) {
        SortedMap<Shape, Integer> byShape = new TreeMap<>();
        try (MachineReader machines = TraceReaders.openMachines(format, file, referenceMemoryMib)) {
            machines.forEachRemaining(m -> byShape.merge(new Shape(m.cores(), m.memoryMib()), 1, Integer::sum));
        } catch (TraceException e) {
            throw new BadInputException(e.getMessage());
        }
        return byShape;
    }
}
