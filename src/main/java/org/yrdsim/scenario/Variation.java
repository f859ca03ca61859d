package org.yrdsim.scenario;

import org.yrdsim.BadInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --vary} argument: a key path and the values it takes, listed
 * ({@code placement.hostPolicy=first-fit,best-fit}) or as a range ({@code simulation.scale=0.1..0.5:0.1}).
 * Ranges are counted in decimal, so {@code 0.1..0.3:0.1} gives exactly 0.1, 0.2 and 0.3.
 */
public record Variation(String keyPath, List<String> values) {
    private static final Pattern RANGE = Pattern.compile("\\s*(-?[0-9.]+)\\s*\\.\\.\\s*(-?[0-9.]+)\\s*(?::\\s*([0-9.]+)\\s*)?");
    private static final int MOST_VALUES = 10_000;

    public static Variation parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new BadInputException("--vary " + argument + ": expected key.path=v1,v2,... or key.path=from..to:step");
        }
        String key = argument.substring(0, eq).trim();
        String text = argument.substring(eq + 1).trim();
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            List<String> values = Arrays.stream(text.split(",")).map(String::trim).toList();
            if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
                throw new BadInputException("--vary " + argument + ": a value is empty");
            }
            return new Variation(key, values);
        }
        if (m.group(3) == null) {
            throw new BadInputException("--vary " + argument + ": a range needs a step, as in from..to:step");
        }
        Range range = Range.parse("--vary " + argument, m.group(1), m.group(2));
        BigDecimal step = Range.number("--vary " + argument, m.group(3));
        if (step.signum() <= 0) {
            throw new BadInputException("--vary " + argument + ": the step must be greater than 0");
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal v = range.from(); v.compareTo(range.to()) <= 0; v = v.add(step)) {
            if (values.size() == MOST_VALUES) {
                throw new BadInputException("--vary " + argument + ": more than " + MOST_VALUES + " values");
            }
            values.add(v.stripTrailingZeros().toPlainString());
        }
        return new Variation(key, values);
    }

    public ScenarioOverride override(String value) {
        return new ScenarioOverride("--vary " + keyPath + "=" + value, keyPath, value);
    }

    /** The short name of the key: its last step ({@code hostPolicy}). */
    public String label() {
        return keyPath.substring(keyPath.lastIndexOf('.') + 1);
    }

    /** Whether every value is a number (so charts can put them on a numeric axis). */
    public boolean numeric() {
        return values.stream().allMatch(v -> v.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?"));
    }

    /** A closed interval of decimal numbers, from at most to. */
    public record Range(BigDecimal from, BigDecimal to) {
        public static Range parse(String argument, String from, String to) {
            Range r = new Range(number(argument, from), number(argument, to));
            if (r.from.compareTo(r.to) > 0) {
                throw new BadInputException(argument + ": the range runs from " + from + " down to " + to);
            }
            return r;
        }

        static BigDecimal number(String argument, String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(argument + ": '" + text + "' is not a number");
            }
        }
    }
}
