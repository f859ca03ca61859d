package org.yrdsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link DistributionSpec} from a mapping with a {@code distribution} key. Its values are
 * either quantities of one kind (lifetimes: durations) or plain shares in [0, 1] (CPU levels).
 */
final class DistributionReader {
    private final Units.Kind kind;

    /** @param kind the unit of the distribution's values, or null for shares in [0, 1] */
    DistributionReader(Units.Kind kind) {
        this.kind = kind;
    }

    /** Reads the distribution keys of {@code node}; the caller may read further keys and calls done(). */
    DistributionSpec read(ScenarioNode node) {
        String type = node.string("distribution");
        return switch (type) {
            case "constant" -> new DistributionSpec.Constant(value(node, "value"));
            case "exponential" -> new DistributionSpec.Exponential(positive(node, "mean"));
            case "lognormal" -> new DistributionSpec.LogNormal(positive(node, "median"), node.number("sigma", 1e-9, 100));
            case "weibull" -> new DistributionSpec.Weibull(node.number("shape", 1e-6, 1e6), positive(node, "scale"));
            case "uniform" -> uniform(node);
            case "beta" -> {
                requireShares(node, "beta");
                yield new DistributionSpec.Beta(node.number("alpha", 1e-6, 1e6), node.number("beta", 1e-6, 1e6));
            }
            case "empirical" -> empirical(node);
            default -> throw node.error("distribution", "'" + type + "' is not one of "
                + (kind == null ? "constant, uniform, beta, empirical" : "constant, exponential, lognormal, weibull, uniform, empirical"));
        };
    }

    private DistributionSpec uniform(ScenarioNode node) {
        double min = value(node, "min");
        double max = value(node, "max");
        if (!(max > min)) {
            throw node.error("max", "must be greater than min");
        }
        return new DistributionSpec.Uniform(min, max);
    }

    private DistributionSpec empirical(ScenarioNode node) {
        List<double[]> points = new ArrayList<>();
        double lastValue = 0;
        double lastShare = 0;
        for (ScenarioNode point : node.list("cdf")) {
            double value = value(point, "upTo");
            double share = point.number("share", 0, 1);
            point.done();
            if (value <= lastValue || share < lastShare) {
                throw point.error("each point must have a larger upTo and no smaller share than the one before");
            }
            points.add(new double[]{value, share});
            lastValue = value;
            lastShare = share;
        }
        if (points.isEmpty() || lastShare != 1.0) {
            throw node.error("cdf", "the last point must have share 1 so that every draw has a value");
        }
        return new DistributionSpec.Empirical(List.copyOf(points));
    }

    private double positive(ScenarioNode node, String key) {
        if (kind == null) {
            throw node.error("distribution", "a share in [0, 1] cannot follow this distribution; use constant, uniform, beta or empirical");
        }
        return node.quantity(key, kind);
    }

    private double value(ScenarioNode node, String key) {
        return kind == null ? node.number(key, 0, 1) : node.quantityOrZero(key, kind);
    }

    private void requireShares(ScenarioNode node, String type) {
        if (kind != null) {
            throw node.error("distribution", "'" + type + "' gives shares in [0, 1], not " + kind.expected());
        }
    }
}
