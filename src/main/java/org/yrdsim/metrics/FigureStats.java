package org.yrdsim.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.Arrays;

/**
 * One figure over replications: its mean, sample standard deviation and the two-sided 95%
 * confidence interval of the mean from Student's t with n - 1 degrees of freedom. With a single
 * value there is no spread to measure: sd and the interval are NaN (and left out of JSON).
 */
@JsonPropertyOrder({"mean", "sd", "ciLow", "ciHigh", "n", "values"})
public record FigureStats(double mean,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotANumber.class) double sd,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotANumber.class) double ciLow,
                          @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotANumber.class) double ciHigh,
                          double[] values) {
    public static final double CONFIDENCE = 0.95;

    public static FigureStats of(double... values) {
        SummaryStatistics stats = new SummaryStatistics();
        Arrays.stream(values).forEach(stats::addValue);
        double mean = stats.getMean();
        if (values.length < 2) {
            return new FigureStats(mean, Double.NaN, Double.NaN, Double.NaN, values.clone());
        }
        double sd = stats.getStandardDeviation();
        double t = new TDistribution(values.length - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double half = t * sd / Math.sqrt(values.length);
        return new FigureStats(mean, sd, mean - half, mean + half, values.clone());
    }

    /**
     * The statistics of a named figure. A share (utilisation, a rejection rate, the time with N+1
     * headroom) cannot leave [0, 1], so its interval is cut to that range: a t-interval is
     * symmetric and runs past 100% for a share near 1 that varies between replications.
     */
    public static FigureStats of(String figure, double... values) {
        FigureStats s = of(values);
        if (!Figure.isShare(figure) || !s.hasInterval()) {
            return s;
        }
        return new FigureStats(s.mean, s.sd, Math.max(0, s.ciLow), Math.min(1, s.ciHigh), s.values);
    }

    @JsonProperty("n")
    public int n() {
        return values.length;
    }

    public boolean hasInterval() {
        return !Double.isNaN(ciLow);
    }

    /** The lowest value the figure plausibly has: the interval's low end, or the value itself. */
    public double low() {
        return hasInterval() ? ciLow : mean;
    }

    /** The highest value the figure plausibly has: the interval's high end, or the value itself. */
    public double high() {
        return hasInterval() ? ciHigh : mean;
    }

    /** Whether the interval lies wholly on one side of zero (for a difference: significant). */
    public boolean excludesZero() {
        return hasInterval() && (ciLow > 0 || ciHigh < 0);
    }

    /** Jackson's filter for the statistics a single value does not have: true (leave out) for NaN. */
    static final class NotANumber {
        @Override
        public boolean equals(Object value) {
            return value instanceof Double d && d.isNaN();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
