package org.yrdsim.workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Several sources merged into one stream in arrival order; simultaneous arrivals come in the
 * order the sources were given, so a run is the same whatever the sources' timing. Requests are
 * renumbered in merged order.
 */
public final class MergedRequests implements RequestSource {
    private record Head(VmRequest request, int source) {
    }

    private final List<RequestSource> sources;
    private final PriorityQueue<Head> heads = new PriorityQueue<>(
        Comparator.comparingDouble((Head h) -> h.request().arrival()).thenComparingInt(Head::source));
    private long nextId;

    public MergedRequests(List<? extends RequestSource> sources) {
        this.sources = new ArrayList<>(sources);
        for (int i = 0; i < this.sources.size(); i++) {
            advance(i);
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public VmRequest next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        advance(head.source());
        return head.request().withId(nextId++);
    }

    private void advance(int source) {
        RequestSource s = sources.get(source);
        if (s.hasNext()) {
            heads.add(new Head(s.next(), source));
        }
    }

    @Override
    public List<TraceProvenance> traces() {
        return sources.stream().flatMap(s -> s.traces().stream()).toList();
    }

    @Override
    public void close() {
        sources.forEach(RequestSource::close);
    }
}
