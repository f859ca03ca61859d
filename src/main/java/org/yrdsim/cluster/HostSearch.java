package org.yrdsim.cluster;

/**
 * Finds a host with room for a VM in one datacenter without scanning every host, kept in step
 * with the hosts' room on every change.
 */
public interface HostSearch {
    /** Slot of the host picked among those with at least this room, or -1 if none has it. */
    int find(int milliCores, long memoryMib);

    /** Records a host's room after a change; a host that takes no VMs has none. */
    void update(int slot, int freeMilliCores, long freeMemoryMib);
}
