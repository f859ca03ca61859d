package org.yrdsim.metrics;

import org.yrdsim.BadInputException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal on one figure, such as {@code rejectionRate<=0.001} or {@code allocatedCpu.p95<=0.80}.
 * With replications it counts as met only when the figure's whole 95% confidence interval is on
 * the right side of the bound; with one run, when the value is.
 */
public record Target(String figure, String operator, double bound) {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9_.@:-]+)\\s*(<=|>=|<|>)\\s*([-+0-9.eE]+%?)\\s*");

    public static Target parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new BadInputException("--target '" + text + "': expected FIGURE<=NUMBER (or <, >=, >), e.g. rejectionRate<=0.001");
        }
        String number = m.group(3);
        double bound;
        try {
            bound = number.endsWith("%") ? Double.parseDouble(number.substring(0, number.length() - 1)) / 100
                : Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new BadInputException("--target '" + text + "': '" + number + "' is not a number");
        }
        return new Target(m.group(1), m.group(2), bound);
    }

    /** Whether the figure meets the target beyond reasonable doubt. */
    public boolean metBy(FigureStats s) {
        return switch (operator) {
            case "<=" -> s.high() <= bound;
            case "<" -> s.high() < bound;
            case ">=" -> s.low() >= bound;
            default -> s.low() > bound;
        };
    }

    @Override
    public String toString() {
        return figure + operator + String.format(Locale.ROOT, "%s", bound);
    }
}
