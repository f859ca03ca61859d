package org.yrdsim.cluster;

import org.cloudsimplus.vms.VmSimple;
import org.yrdsim.workload.VmRequest;

/**
 * The CloudSim VM made for one request on one host. A VM moved off a failed host gets a new
 * PlacedVm on its new host; the old one is then {@link #retired()} and its departure is ignored.
 */
public final class PlacedVm extends VmSimple {
    private final VmRequest request;
    private final double start;
    private final double end;
    private boolean retired;

    /**
     * @param start when it starts running (its arrival, or the end of its host's boot)
     * @param end   when it leaves
     */
    public PlacedVm(VmRequest request, double mipsPerCore, double start, double end) {
        super(request.id(), mipsPerCore, request.cores());
        this.request = request;
        this.start = start;
        this.end = end;
        setRam(request.memoryMib());
        setBw(0);
        setSize(0);
    }

    public VmRequest request() {
        return request;
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    public boolean retired() {
        return retired;
    }

    public void retire() {
        retired = true;
    }
}
