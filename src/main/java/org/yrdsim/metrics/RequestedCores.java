package org.yrdsim.metrics;

import org.yrdsim.workload.ByTime;
import org.yrdsim.workload.VmRequest;

/**
 * Cores asked for at once, placed or not: each request counts from its arrival for its lifetime,
 * its end waiting in a heap of primitives (a boxed queue entry per request was a tenth of a large run).
 */
final class RequestedCores {
    private final ByTime<VmRequest> ends = new ByTime<>();
    private long requested;
    private long peak;

    void arrive(VmRequest request) {
        while (!ends.isEmpty() && ends.firstTime() <= request.arrival()) {
            requested -= ends.removeFirst().cores();
        }
        requested += request.cores();
        peak = Math.max(peak, requested);
        ends.add(request.departure(), request);
    }

    long peak() {
        return peak;
    }
}
