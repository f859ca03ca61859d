package org.yrdsim.workload.fit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link WorkloadFit} written as a scenario fragment: a {@code workloads:} list with one synthetic
 * stream that a planner pastes into a scenario to run the trace's demand scaled up or changed.
 * Comments carry what the keys cannot: how well the lifetime fits, which flavours were left out,
 * and which requests no synthetic stream can express.
 *
 * <p>Arrivals: {@code rate} is the mean of the 24 hourly rates and {@code hourly} each hour's rate
 * over that mean, so over the hours the trace covered the stream's rate is the trace's. Hours the
 * trace never covered, or where nothing arrived, get factor 0.
 */
public final class StreamFragment {
    /** Where a request's share of zero busy time is put: empirical CDF points need an upTo above 0. */
    private static final double SMALLEST_SHARE = 0.001;

    /**
     * What the stream is called and whose it is in the scenario, where it was fitted from, and how
     * the trace's clock was set against the simulation's midnight.
     */
    public record Naming(String stream, String operator, String origin, String source, String clock) {
    }

    private StreamFragment() {
    }

    public static String yaml(WorkloadFit fit, Naming naming) {
        List<Double> hourly = fit.hourlyArrivalRates();
        double meanRate = hourly.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double listed = 1 - fit.otherFlavourShare();
        StringBuilder y = new StringBuilder();
        line(y, "# Fitted by 'yrdsim fit' from %s", naming.source());
        line(y, "# %d requests over %.2f h from the first arrival to the last.", fit.requests(), fit.observedSeconds() / 3600);
        line(y, "# Time of day: %s.", naming.clock());
        line(y, "# Arrivals: Poisson at the trace's rate hour by hour (hourly factor = that hour's rate / the mean rate);");
        line(y, "#   factor 0 where nothing arrived or the trace does not cover the hour.");
        line(y, "# Flavours: the %d commonest sizes, %.1f%% of requests; the other %.1f%% are left out and the weights",
            fit.flavours().size(), 100 * listed, 100 * fit.otherFlavourShare());
        line(y, "#   renormalised over these.");
        WorkloadFit.LifetimeFit life = fit.lifetime();
        line(y, "# Lifetime: %s by maximum likelihood on %d sampled lifetimes (Commons Math);", life.distribution(), life.sampleSize());
        line(y, "#   goodness of fit: Kolmogorov-Smirnov distance %.4f (0 = perfect).", life.ksStatistic());
        if (fit.infiniteLifetimeShare() > 0) {
            line(y, "#   %.2f%% of requests outlive the trace (no end recorded); a synthetic stream cannot say so,",
                100 * fit.infiniteLifetimeShare());
            line(y, "#   and they are not in the fit.");
        }
        line(y, "# CPU usage: empirical, through the deciles of each request's busy share at its arrival.");
        line(y, "workloads:");
        line(y, "  - name: %s", naming.stream());
        line(y, "    operator: %s", naming.operator());
        line(y, "    origin: %s", naming.origin());
        line(y, "    arrivals:");
        line(y, "      rate: %.3f/h", meanRate);
        line(y, "      hourly: [%s]", String.join(", ", hourly.stream()
            .map(rate -> number(meanRate > 0 ? rate / meanRate : 1)).toList()));
        line(y, "    flavours:");
        for (WorkloadFit.FlavourShare f : fit.flavours()) {
            line(y, "      - {cores: %s, memory: %d MiB, weight: %s}", BigDecimal.valueOf(f.milliCores(), 3).stripTrailingZeros().toPlainString(),
                f.memoryMib(), number(f.share() / listed));
        }
        line(y, "    lifetime: %s", lifetime(life));
        line(y, "    cpuUsage: %s", usage(fit.cpuUsageDeciles()));
        return y.toString();
    }

    private static String lifetime(WorkloadFit.LifetimeFit life) {
        List<Double> p = life.parameters();
        return life.distribution().equals("lognormal")
            ? "{distribution: lognormal, median: %ss, sigma: %s}".formatted(number(Math.exp(p.get(0))), number(p.get(1)))
            : "{distribution: exponential, mean: %ss}".formatted(number(p.get(0)));
    }

    /**
     * Deciles as a piecewise-linear CDF: a point at the 0th decile with share 0 (nothing below the
     * smallest share seen), then one per decile; tied deciles merge into one point holding the
     * largest share. A single value throughout is a constant.
     */
    private static String usage(List<Double> deciles) {
        if (deciles.get(0).equals(deciles.get(10))) {
            return "{distribution: constant, value: %s}".formatted(number(deciles.get(0)));
        }
        List<double[]> points = new ArrayList<>();
        if (deciles.get(0) > SMALLEST_SHARE) {
            points.add(new double[] {deciles.get(0), 0});
        }
        for (int d = 1; d <= 10; d++) {
            double upTo = Math.max(SMALLEST_SHARE, deciles.get(d));
            if (!points.isEmpty() && upTo <= points.get(points.size() - 1)[0]) {
                points.get(points.size() - 1)[1] = d / 10.0;
            } else {
                points.add(new double[] {upTo, d / 10.0});
            }
        }
        return "{distribution: empirical, cdf: [%s]}".formatted(String.join(", ", points.stream()
            .map(p -> "{upTo: %s, share: %s}".formatted(number(p[0]), number(p[1]))).toList()));
    }

    /** Six significant digits, plain notation, no locale surprises. */
    private static String number(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder y, String format, Object... args) {
        y.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
