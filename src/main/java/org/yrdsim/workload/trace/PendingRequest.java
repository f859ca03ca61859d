package org.yrdsim.workload.trace;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A task already on the simulation clock, waiting in the sorter to be handed out as {@code count}
 * VM requests. {@code sequence} is its read order, which breaks arrival-time ties so the output
 * is the same however the sorter splits its runs.
 */
record PendingRequest(double arrival, double lifetime, int count, int milliCores, long memoryMib, String owner,
                      double cpuUsage, long sequence) implements Comparable<PendingRequest> {

    @Override
    public int compareTo(PendingRequest other) {
        int byTime = Double.compare(arrival, other.arrival);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    void write(DataOutput out) throws IOException {
        out.writeDouble(arrival);
        out.writeDouble(lifetime);
        out.writeInt(count);
        out.writeInt(milliCores);
        out.writeLong(memoryMib);
        out.writeUTF(owner);
        out.writeDouble(cpuUsage);
        out.writeLong(sequence);
    }

    static PendingRequest read(DataInput in) throws IOException {
        return new PendingRequest(in.readDouble(), in.readDouble(), in.readInt(), in.readInt(), in.readLong(),
            in.readUTF(), in.readDouble(), in.readLong());
    }
}
