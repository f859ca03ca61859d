package org.yrdsim.scenario;

/**
 * A server model.
 *
 * @param coreMhz       speed of one core (MHz, used as MIPS)
 * @param memoryMib     memory (MiB)
 * @param storageMib    local storage (MiB)
 * @param bandwidthMbps network (Mbit/s)
 */
public record HostType(String name, int cores, double coreMhz, long memoryMib, long storageMib,
                       long bandwidthMbps, PowerCurve power) {
    /** Most cores a host type or a flavour may have: servers have a few hundred; more is a typing slip. */
    public static final int MAX_CORES = 10_000;
}
