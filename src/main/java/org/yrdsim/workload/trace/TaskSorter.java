package org.yrdsim.workload.trace;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * External merge sort of {@link PendingRequest}s by arrival. At most {@code runSize} requests are
 * held in memory while reading; each full run is sorted and written to a temporary file, and the
 * runs are merged lazily, holding one request per run. Traces that fit in one run never touch the
 * disk. This is what lets readers hand out unsorted traces (Alibaba's batch_task is in no time
 * order at all) in arrival order without holding the file.
 */
final class TaskSorter implements AutoCloseable {
    static final int DEFAULT_RUN_SIZE = 200_000;

    private final int runSize;
    private final List<PendingRequest> buffer = new ArrayList<>();
    private final List<Path> runFiles = new ArrayList<>();
    private final List<DataInputStream> openRuns = new ArrayList<>();

    TaskSorter(int runSize) {
        if (runSize < 1) {
            throw new IllegalArgumentException("run size must be positive: " + runSize);
        }
        this.runSize = runSize;
    }

    void add(PendingRequest request) {
        buffer.add(request);
        if (buffer.size() >= runSize) {
            spill();
        }
    }

    /** The temporary files of the runs spilled so far. */
    List<Path> runFiles() {
        return List.copyOf(runFiles);
    }

    /** The requests in arrival order; call once, after the last {@link #add}. */
    Iterator<PendingRequest> sorted() {
        if (runFiles.isEmpty()) {
            Collections.sort(buffer);
            return buffer.iterator();
        }
        spill();
        return new Merge();
    }

    @Override
    public void close() {
        for (DataInputStream in : openRuns) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the run file is deleted next; nothing more to release
            }
        }
        for (Path run : runFiles) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless; the OS temp cleaner takes it
            }
        }
    }

    private void spill() {
        Collections.sort(buffer);
        try {
            Path run = Files.createTempFile("yrdsim-trace-run", ".bin");
            runFiles.add(run);
            run.toFile().deleteOnExit();
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
                for (PendingRequest request : buffer) {
                    request.write(out);
                }
            }
        } catch (IOException e) {
            throw new TraceException("cannot write a temporary sort run: " + e.getMessage(), e);
        }
        buffer.clear();
    }

    private final class Merge implements Iterator<PendingRequest> {
        private record Head(PendingRequest request, DataInputStream run) implements Comparable<Head> {
            @Override
            public int compareTo(Head other) {
                return request.compareTo(other.request);
            }
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>();

        Merge() {
            try {
                for (Path run : runFiles) {
                    var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
                    openRuns.add(in);
                    advance(in);
                }
            } catch (IOException e) {
                throw new TraceException("cannot read a temporary sort run: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public PendingRequest next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            try {
                advance(head.run());
            } catch (IOException e) {
                throw new TraceException("cannot read a temporary sort run: " + e.getMessage(), e);
            }
            return head.request();
        }

        private void advance(DataInputStream run) throws IOException {
            try {
                heads.add(new Head(PendingRequest.read(run), run));
            } catch (EOFException endOfRun) {
                run.close();
            }
        }
    }
}
