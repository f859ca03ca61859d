package org.yrdsim.scenario;

/**
 * A data-center campus shared by one or more operators.
 *
 * @param pue                 facility energy over IT energy (at least 1), constant or by hour of day
 * @param gridCarbonKgPerKwh  grid emission factor (kgCO2 per kWh)
 * @param greenShare          share of facility energy covered by green power, 0..1
 * @param tariffPerKwh        electricity price (yuan per kWh), flat or time-of-use by hour of day
 */
public record Site(String name, String province, GeoPoint location, HourlyValue pue,
                   double gridCarbonKgPerKwh, double greenShare, HourlyValue tariffPerKwh) {
}
