package org.yrdsim.metrics;

import org.yrdsim.workload.ByTime;
import org.yrdsim.workload.VmRequest;

/**
 * Cores asked for at once, placed or not: each request counts from its arrival for its lifetime,
 * its end waiting in a heap of primitives (a boxed queue entry per request was a tenth of a large
 * run). Counted in milli-cores, so fractional requests add up exactly (398,179.5 cores stays that,
 * not a sum of rounding errors).
 */
final class RequestedCores {
    private final ByTime<VmRequest> ends = new ByTime<>();
    private long requestedMilli;
    private long peakMilli;

    void arrive(VmRequest request) {
        while (!ends.isEmpty() && ends.firstTime() <= request.arrival()) {
            requestedMilli -= ends.removeFirst().milliCores();
        }
        requestedMilli += request.milliCores();
        peakMilli = Math.max(peakMilli, requestedMilli);
        ends.add(request.departure(), request);
    }

    /** The peak in cores. */
    double peak() {
        return peakMilli / 1000.0;
    }
}
