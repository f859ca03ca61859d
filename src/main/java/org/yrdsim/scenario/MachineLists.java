package org.yrdsim.scenario;

import org.yrdsim.BadInputException;
import org.yrdsim.scenario.trace.TraceFormat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.ServiceLoader;
import java.util.SortedMap;

/**
 * Reads the machine list of a trace, for hosts declared {@code fromTrace}. The scenario model
 * declares what it needs and the trace readers provide it (registered as a service), so reading
 * a scenario depends on no trace format's code.
 */
public interface MachineLists {
    /**
     * How many machines of each size the file lists.
     *
     * @throws BadInputException with a message for the user when the file cannot be read in that format
     */
    SortedMap<Shape, Integer> countByShape(TraceFormat format, Path file, long referenceMemoryMib);

    /** The trace readers on the class path. */
    static MachineLists installed() {
        return ServiceLoader.load(MachineLists.class).findFirst()
            .orElseThrow(() -> new IllegalStateException("no trace reader provides " + MachineLists.class.getName()));
    }

    /** A machine's size, the key machines are grouped by. */
    record Shape(int cores, long memoryMib) implements Comparable<Shape> {
        @Override
        public int compareTo(Shape other) {
            return Comparator.comparingInt(Shape::cores).thenComparingLong(Shape::memoryMib).compare(this, other);
        }
    }
}
