package org.yrdsim.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How many digits a figure is written with: six significant digits, and never coarser than a
 * thousandth. Six digits are more than a simulated figure can claim (a share such as 0.647383,
 * a rejection rate of 0.00123457), and drop the binary noise of arithmetic
 * ({@code 1.2499999999999998} is 1.25); the thousandth keeps exact what the model counts exactly,
 * as CPU is counted in milli-cores ({@code peakRequestedCores} 398179.5), and whole numbers stay
 * whole.
 */
public final class Rounding {
    static final int SIGNIFICANT_DIGITS = 6;
    static final int DECIMALS_KEPT = 3;
    private static final MathContext SIGNIFICANT = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Rounding() {
    }

    /** The value to write: rounded as the class says; whole numbers, NaN and infinities as they are. */
    public static double figure(double value) {
        if (!Double.isFinite(value) || value == Math.rint(value)) {
            return value;
        }
        int decimals = Math.max(SIGNIFICANT_DIGITS - 1 - exponent(Math.abs(value)), DECIMALS_KEPT);
        if (decimals >= POWERS_OF_TEN.length) {
            return new BigDecimal(value).round(SIGNIFICANT).doubleValue();
        }
        double scaled = value * POWERS_OF_TEN[decimals];
        // past 2^52 a double has no fraction left to round: the value is already that fine
        return Math.abs(scaled) >= 0x1p52 ? value : Math.rint(scaled) / POWERS_OF_TEN[decimals];
    }

    /** Exact powers of ten as doubles (10^22 is the last that is), for rounding without BigDecimal on every cell. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** The power of ten of the leading digit: 2 for 647.4, -3 for 0.00123. */
    private static int exponent(double magnitude) {
        int exponent = (int) Math.floor(Math.log10(magnitude));
        // log10 may land a hair below a power of ten
        return magnitude >= 1 && exponent + 1 < POWERS_OF_TEN.length && magnitude >= POWERS_OF_TEN[exponent + 1] ? exponent + 1 : exponent;
    }
}
