package org.yrdsim.cluster;

import org.cloudsimplus.power.PowerMeasurement;
import org.cloudsimplus.power.models.PowerModelHostAbstract;
import org.yrdsim.scenario.PowerCurve;

/**
 * A host power model that interpolates between the points of its curve. CloudSim Plus 8.5.7's
 * PowerModelHostSpec rounds to the wrong point and throws above 95% load, so it is not used.
 * The load comes from the host's {@link HostTable}, not from CloudSim VMs, so only
 * {@link #getPower(double)} is meaningful.
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
        throw new UnsupportedOperationException("host load is kept in the HostTable; ask it for power");
    }
}
