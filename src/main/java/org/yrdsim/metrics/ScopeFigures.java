package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures of one scope (the cluster, a site, an operator or a datacenter) over the measured
 * window. Requests arrive for operators, not sites: the request counts are null (and left out of
 * summary.json) for sites and datacenters, which count only the placements they hosted.
 *
 * @param rackUtilisation hosts with at least one VM over all hosts
 * @param hosts           hosts at the last sample
 * @param pue             facility over IT energy (0 without IT energy)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScopeFigures(LevelStats allocatedCpu, LevelStats allocatedMemory, LevelStats usedCpu,
                           LevelStats rackUtilisation, LevelStats unavailableCpu, long hosts,
                           Long arrivals, long placements, Long rejections, Double rejectionRate,
                           Integer peakConcurrentVms, Long replaced, Long lost,
                           double itEnergyKwh, double facilityEnergyKwh, double pue, double carbonTonnes, double costYuan) {
}
