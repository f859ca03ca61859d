package org.yrdsim.placement;

import org.cloudsimplus.allocationpolicies.VmAllocationPolicyAbstract;
import org.cloudsimplus.hosts.Host;
import org.cloudsimplus.hosts.HostSuitability;
import org.cloudsimplus.vms.Vm;
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

    public IndexedAllocationPolicy(HostPolicy policy, List<ClusterHost> hosts) {
        this.hosts = hosts;
        int[] cores = new int[hosts.size()];
        long[] memory = new long[hosts.size()];
        for (int i = 0; i < hosts.size(); i++) {
            cores[i] = hosts.get(i).getFreePesNumber();
            memory[i] = hosts.get(i).getRam().getAvailableResource();
        }
        this.index = HostIndex.create(policy, cores, memory);
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
        refresh((ClusterHost) host);
        return suitability;
    }

    @Override
    public void deallocateHostForVm(Vm vm) {
        ClusterHost host = (ClusterHost) vm.getHost();
        super.deallocateHostForVm(vm);
        refresh(host);
    }

    private void refresh(ClusterHost host) {
        index.update(host.slot(), host.getFreePesNumber(), host.getRam().getAvailableResource());
    }
}
