package org.yrdsim.scenario;

import org.yrdsim.BadInputException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal on one figure of summary.json, such as {@code rejectionRate<=0.001}, {@code pue<=1.25}
 * or {@code sites.qingpu.rackUtilisation.mean>=65%}, given with {@code plan --target} or in a
 * scenario's {@code targets:}. A figure without a site, operator or datacenter before it is the
 * cluster's.
 *
 * @param where where it was written, for messages: {@code --target 'TEXT'} or the file, line and key
 */
public record Target(String figure, String operator, double bound, String where) {
    private static final Pattern FORM =
        Pattern.compile("\\s*([A-Za-z0-9_.@:-]+)\\s*(<=|>=|<|>)\\s*([-+0-9.eE]+)\\s*(%|ms)?\\s*");
    private static final String EXPECTED = "expected FIGURE<=NUMBER (or <, >=, >), e.g. rejectionRate<=0.001, pue<=1.25, "
        + "rackUtilisation.mean>=65%, latency.maxMs<=5ms";

    /**
     * Reads a target. A bound may end in {@code %} (a share: {@code 65%} is 0.65) or in {@code ms}
     * (for the latency figures, whose values are in ms).
     *
     * @throws IllegalArgumentException saying what is wrong with the text, without where it was written
     */
    public static Target parse(String text, String where) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(EXPECTED);
        }
        String figure = m.group(1);
        String unit = m.group(4);
        if ("ms".equals(unit) && !figure.endsWith("Ms")) {
            throw new IllegalArgumentException("a bound in ms is for a latency figure (latency.p95Ms, latency.maxMs, ...), not " + figure);
        }
        double bound;
        try {
            bound = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + m.group(3) + "' is not a number");
        }
        return new Target(figure, m.group(2), "%".equals(unit) ? bound / 100 : bound, where);
    }

    /** A target given on the command line; a malformed one is refused naming the option. */
    public static Target parse(String text) {
        String where = "--target '" + text + "'";
        try {
            return parse(text, where);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage());
        }
    }

    /**
     * Whether a figure whose plausible values run from {@code low} to {@code high} meets the target
     * beyond reasonable doubt: with replications the whole 95% interval must be on the right side
     * of the bound; with one run, low = high = the value. A value within a billionth of the bound
     * counts as on it, since a ratio of sums such as the PUE comes out a rounding error either side
     * of an input it equals exactly (1.25 x energy / energy).
     */
    public boolean met(double low, double high) {
        double slack = 1e-9 * Math.max(1, Math.abs(bound));
        return switch (operator) {
            case "<=" -> high <= bound + slack;
            case "<" -> high < bound - slack;
            case ">=" -> low >= bound - slack;
            default -> low > bound + slack;
        };
    }

    /** This target with the figure of one site, operator or datacenter: {@code scope} is e.g. {@code sites.qingpu}. */
    public Target scopedTo(String scope) {
        return new Target(scope + "." + figure, operator, bound, where);
    }

    /** Whether the figure names a site's, operator's or datacenter's figure rather than the cluster's. */
    public boolean scoped() {
        return figure.startsWith("sites.") || figure.startsWith("operators.") || figure.startsWith("datacenters.");
    }

    @Override
    public String toString() {
        return figure + operator + String.format(Locale.ROOT, "%s", bound);
    }
}
