package org.yrdsim.engine;

import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * What one walk along the waiting line learnt cannot start. During a walk room only shrinks
 * (requests start, none leave), so a request that found no room rules out every later one at
 * least as large with the same candidate datacenters (same operator, origin city and stream, which
 * sets the latency limit): all of them if it could use the room promised to the first in line (it
 * ends by then), only those that outlast the promise if it could not. A later request so ruled out
 * is passed over without a search.
 */
final class WalkMisses {
    private record Candidates(String operator, String origin, String stream) {
    }

    /** Per candidate set, the sizes that found no room at all, and those that found none outside the promised room. */
    private final List<Candidates> keys = new ArrayList<>();
    private final List<SizeStaircase[]> misses = new ArrayList<>();

    void clear() {
        keys.clear();
        misses.clear();
    }

    boolean ruledOut(VmRequest request, boolean outlastsPromise) {
        SizeStaircase[] of = of(request, false);
        if (of == null) {
            return false;
        }
        return of[0].fitsIn(request.milliCores(), request.memoryMib())
            || outlastsPromise && of[1].fitsIn(request.milliCores(), request.memoryMib());
    }

    void missed(VmRequest request, boolean outlastsPromise) {
        of(request, true)[outlastsPromise ? 1 : 0].add(request.milliCores(), request.memoryMib());
    }

    /**
     * Every size that missed, whatever its candidates, into those that could use any room and
     * those that outlast the promise: lower bounds on what can start later.
     */
    void addSizesTo(SizeStaircase anyRoom, SizeStaircase outsidePromise) {
        for (SizeStaircase[] pair : misses) {
            anyRoom.addAll(pair[0]);
            outsidePromise.addAll(pair[1]);
        }
    }

    private SizeStaircase[] of(VmRequest request, boolean create) {
        for (int i = 0; i < keys.size(); i++) {
            Candidates k = keys.get(i);
            if (k.operator().equals(request.operator()) && k.origin().equals(request.origin()) && k.stream().equals(request.stream())) {
                return misses.get(i);
            }
        }
        if (!create) {
            return null;
        }
        SizeStaircase[] pair = {new SizeStaircase(), new SizeStaircase()};
        keys.add(new Candidates(request.operator(), request.origin(), request.stream()));
        misses.add(pair);
        return pair;
    }
}
