package org.yrdsim.metrics;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundingTest {
    @Test
    void measuredFiguresKeepSixSignificantDigitsAndLoseTheirBinaryNoise() {
        assertEquals(1.25, Rounding.figure(1.2499999999999998));
        assertEquals(0.87, Rounding.figure(0.8699999999999999));
        assertEquals(0.647383, Rounding.figure(0.6473829173649));
        assertEquals(0.00123457, Rounding.figure(0.0012345678));
        assertEquals(2.68373E-4, Rounding.figure(2.683729770111484E-4));
    }

    @Test
    void whatIsCountedInThousandthsStaysExact() {
        assertEquals(398179.5, Rounding.figure(398179.5));
        assertEquals(1592718.125, Rounding.figure(1592718.125));
        assertEquals(109310.123, Rounding.figure(109310.123456));
        assertEquals(12345678.0, Rounding.figure(12345678.0));
        assertEquals(0.0, Rounding.figure(0.0));
        assertTrue(Double.isNaN(Rounding.figure(Double.NaN)));
    }

    /** Written, read back and written again, a figure does not change: summary.json survives a round trip byte for byte. */
    @Test
    void roundingIsIdempotentAndCloseToTheValue() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double value = Math.pow(10, random.nextDouble() * 16 - 9) * (random.nextBoolean() ? 1 : -1);
            double rounded = Rounding.figure(value);
            assertEquals(rounded, Rounding.figure(rounded), () -> "not idempotent at " + value);
            // half a unit in the 6th significant digit, or half a thousandth: whichever is finer
            double bound = Math.min(5e-6 * Math.abs(value), 5e-4) * (1 + 1e-9);
            assertTrue(Math.abs(rounded - value) <= bound, () -> value + " became " + rounded);
        }
    }

    /** No number in a golden summary.json carries more digits than the rule gives. */
    @Test
    void goldenSummariesHoldNoBinaryNoise() throws Exception {
        Pattern number = Pattern.compile("[:\\[,]\\s*(-?[0-9]+\\.[0-9]+(E-?[0-9]+)?)");
        for (String file : new String[]{"summary-golden-single.json", "summary-golden-replicated.json", "trace-tiny.json"}) {
            String text = Files.readString(Path.of("src/test/resources/golden", file));
            Matcher m = number.matcher(text);
            while (m.find()) {
                double value = Double.parseDouble(m.group(1));
                assertEquals(Rounding.figure(value), value, file + ": " + m.group(1));
                String digits = m.group(1).replaceAll("E.*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
                String decimals = m.group(1).replaceAll("E.*", "").replaceFirst(".*\\.", "");
                assertTrue(digits.length() <= 6 || decimals.length() <= 3, file + ": " + m.group(1));
            }
        }
    }
}
