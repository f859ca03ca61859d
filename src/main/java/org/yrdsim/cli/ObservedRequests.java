package org.yrdsim.cli;

import org.yrdsim.engine.Workloads;
import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.trace.TraceProvenance;
import org.yrdsim.workload.RequestSource;
import org.yrdsim.workload.VmRequest;

import java.util.List;
import java.util.function.Supplier;

/**
 * Opens a simulation's requests so that each one the engine takes tells a {@link RunProgress} how
 * far the run has got: the engine takes a request when the clock nears its arrival, so the last
 * arrival taken stands for the simulated time. A scenario with sharing agreements is simulated a
 * second time without them; that second opening continues the count.
 */
final class ObservedRequests implements Supplier<RequestSource> {
    private final Scenario scenario;
    private final long seed;
    private final RunProgress progress;
    private final double duration;
    private final double total;
    private int opened;
    private long taken;

    /** @param total simulated time the whole run reaches: {@link #totalSeconds}, or one pass's duration for a single simulation */
    ObservedRequests(Scenario scenario, long seed, RunProgress progress, double total) {
        this.scenario = scenario;
        this.seed = seed;
        this.progress = progress;
        this.duration = scenario.simulation().duration();
        this.total = total;
    }

    /** Simulated time a run reaches at its end, over both passes when there are sharing agreements. */
    static double totalSeconds(Scenario scenario) {
        return scenario.simulation().duration() * (scenario.agreements().isEmpty() ? 1 : 2);
    }

    @Override
    public RequestSource get() {
        RequestSource source = Workloads.open(scenario, seed);
        double passStart = duration * opened++;
        return new RequestSource() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public VmRequest next() {
                VmRequest request = source.next();
                progress.advanced(passStart + Math.min(request.arrival(), duration), total, ++taken);
                return request;
            }

            @Override
            public void close() {
                source.close();
            }

            @Override
            public List<TraceProvenance> traces() {
                return source.traces();
            }
        };
    }
}
