package org.yrdsim.scenario;

/**
 * How a stream's rate grows over the years, as a factor on top of its daily cycle and bursts:
 * compounding at a rate a year, or linear between dated levels.
 */
public sealed interface Growth permits Growth.Compound, Growth.Levels {
    /** A year of growth: 365 days, so {@code 25 %/year} is exactly 1.25 at {@code 365d}, as a dated level would say. */
    double YEAR_S = 365 * 86_400.0;

    /** No growth: a factor of exactly 1 at every time. */
    Growth NONE = new Compound(0);

    /** The factor at {@code time} (s from the start). */
    double factorAt(double time);

    /** The largest factor over [0, end], an upper bound for thinning. */
    double maxFactor(double end);

    /** The integral of the factor over [0, end], in seconds (end itself without growth). */
    double integral(double end);

    /** Compound growth: {@code (1 + perYear)^(time / year)}. */
    record Compound(double perYear) implements Growth {
        @Override
        public double factorAt(double time) {
            return perYear == 0 ? 1 : Math.pow(1 + perYear, time / YEAR_S);
        }

        @Override
        public double maxFactor(double end) {
            return Math.max(1, factorAt(end));
        }

        @Override
        public double integral(double end) {
            double g = Math.log1p(perYear) / YEAR_S;
            return g == 0 ? end : Math.expm1(g * end) / g;
        }
    }

    /**
     * Dated levels: linear between them, the first level before the first date and the last after
     * the last.
     *
     * @param at      dates (s from the start), rising
     * @param factors the factor at each date
     */
    record Levels(double[] at, double[] factors) implements Growth {
        @Override
        public double factorAt(double time) {
            if (time <= at[0]) {
                return factors[0];
            }
            for (int i = 1; i < at.length; i++) {
                if (time < at[i]) {
                    return factors[i - 1] + (factors[i] - factors[i - 1]) * (time - at[i - 1]) / (at[i] - at[i - 1]);
                }
            }
            return factors[factors.length - 1];
        }

        @Override
        public double maxFactor(double end) {
            double max = factorAt(end);
            for (int i = 0; i < at.length && at[i] < end; i++) {
                max = Math.max(max, factors[i]);
            }
            return max;
        }

        /** Exact for a piecewise-linear factor: trapezoids between the dates, rectangles outside them. */
        @Override
        public double integral(double end) {
            double sum = 0;
            double from = 0;
            for (int i = 0; i < at.length && from < end; i++) {
                double to = Math.min(end, at[i]);
                if (to > from) {
                    sum += (to - from) * (factorAt(from) + factorAt(to)) / 2;
                    from = to;
                }
            }
            return sum + Math.max(0, end - from) * factors[factors.length - 1];
        }
    }
}
