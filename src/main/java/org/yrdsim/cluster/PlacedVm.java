package org.yrdsim.cluster;

import org.cloudsimplus.vms.VmSimple;
import org.yrdsim.workload.VmRequest;

/** The CloudSim VM made for one request; it keeps the request for usage and accounting. */
public final class PlacedVm extends VmSimple {
    private final VmRequest request;

    public PlacedVm(VmRequest request, double mipsPerCore) {
        super(request.id(), mipsPerCore, request.cores());
        this.request = request;
        setRam(request.memoryMib());
        setBw(0);
        setSize(0);
    }

    public VmRequest request() {
        return request;
    }
}
