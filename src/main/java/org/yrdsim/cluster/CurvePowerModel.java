package org.yrdsim.cluster;

import org.cloudsimplus.power.PowerMeasurement;
import org.cloudsimplus.power.models.PowerModelHostAbstract;
import org.yrdsim.scenario.PowerCurve;

/**
 * A host power model that interpolates between the points of its curve. CloudSim Plus 8.5.7's
 * PowerModelHostSpec rounds to the wrong point and throws above 95% load, so it is not used.
 */
public final class CurvePowerModel extends PowerModelHostAbstract {
    private final PowerCurve curve;

    public CurvePowerModel(PowerCurve curve) {
        this.curve = curve;
    }

    @Override
    protected double getPowerInternal(double utilizationFraction) {
        return curve.wattsAt(utilizationFraction);
    }

    @Override
    public PowerMeasurement getPowerMeasurement() {
        ClusterHost host = (ClusterHost) getHost();
        double watts = host.powerWatts(host.usedCores(host.getSimulation().clock()));
        return new PowerMeasurement(Math.min(watts, curve.idle()), Math.max(0, watts - curve.idle()));
    }
}
