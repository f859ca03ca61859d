package org.yrdsim.placement;

import org.cloudsimplus.allocationpolicies.VmAllocationPolicyAbstract;
import org.cloudsimplus.hosts.Host;
import org.cloudsimplus.hosts.HostSuitability;
import org.cloudsimplus.vms.Vm;
import org.yrdsim.cluster.ClusterDatacenter;
import org.yrdsim.cluster.ClusterHost;
import org.yrdsim.scenario.HostPolicy;

import java.util.List;
import java.util.Optional;

/**
 * A CloudSim Plus allocation policy that finds hosts through a {@link HostIndex} instead of
 * scanning the whole host list per VM, as the stock policies do. CloudSim's provisioners stay the
 * authority on what a host holds; the index is refreshed from them after every change.
 */
public final class IndexedAllocationPolicy extends VmAllocationPolicyAbstract {
    private final List<ClusterHost> hosts;
    private final HostIndex index;
    private final long offeredCores;
    private long allocatedCores;

    public IndexedAllocationPolicy(HostPolicy policy, List<ClusterHost> hosts) {
        this.hosts = hosts;
        int[] cores = new int[hosts.size()];
        long[] memory = new long[hosts.size()];
        for (int i = 0; i < hosts.size(); i++) {
            cores[i] = hosts.get(i).getFreePesNumber();
            memory[i] = hosts.get(i).getRam().getAvailableResource();
        }
        this.index = HostIndex.create(policy, cores, memory);
        this.offeredCores = hosts.stream().mapToLong(ClusterHost::getPesNumber).sum();
    }

    public static IndexedAllocationPolicy of(ClusterDatacenter dc) {
        return (IndexedAllocationPolicy) dc.datacenter().getVmAllocationPolicy();
    }

    /** Share of the datacenter's virtual cores held by VMs. */
    public double allocatedShare() {
        return offeredCores == 0 ? 0 : (double) allocatedCores / offeredCores;
    }

    @Override
    protected Optional<Host> defaultFindHostForVm(Vm vm) {
        int slot = index.find((int) vm.getPesNumber(), vm.getRam().getCapacity());
        return slot < 0 ? Optional.empty() : Optional.of(hosts.get(slot));
    }

    /** The host the policy would pick for a VM of this size, without placing anything. */
    public Optional<ClusterHost> hostFor(int cores, long memoryMib) {
        int slot = index.find(cores, memoryMib);
        return slot < 0 ? Optional.empty() : Optional.of(hosts.get(slot));
    }

    @Override
    public HostSuitability allocateHostForVm(Vm vm, Host host) {
        HostSuitability suitability = super.allocateHostForVm(vm, host);
        if (suitability.fully()) {
            allocatedCores += vm.getPesNumber();
        }
        refresh((ClusterHost) host);
        return suitability;
    }

    @Override
    public void deallocateHostForVm(Vm vm) {
        ClusterHost host = (ClusterHost) vm.getHost();
        super.deallocateHostForVm(vm);
        allocatedCores -= vm.getPesNumber();
        refresh(host);
    }

    /**
     * Re-reads a host's room into the index; a host that takes no VMs (off, booting, failed) shows
     * none, so searches pass it by.
     */
    public void refresh(ClusterHost host) {
        boolean open = host.takesVms();
        index.update(host.slot(), open ? host.getFreePesNumber() : 0, open ? host.getRam().getAvailableResource() : 0);
    }
}
