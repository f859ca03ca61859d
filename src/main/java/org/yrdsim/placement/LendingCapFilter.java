package org.yrdsim.placement;

import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.workload.VmRequest;

/** Admits another operator's datacenter only while the borrower stays within its agreement's cap. */
final class LendingCapFilter implements DatacenterFilter {
    private final LendingLedger ledger;

    LendingCapFilter(LendingLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public boolean admits(VmRequest request, ClusterDatacenter dc) {
        return dc.operator().equals(request.operator()) || ledger.allows(request.operator(), dc.operator(), request.milliCores());
    }
}
