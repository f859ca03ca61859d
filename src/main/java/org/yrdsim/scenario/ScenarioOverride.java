package org.yrdsim.scenario;

/**
 * One {@code --set key.path=value} given on the command line: a change to one value of a
 * scenario file for one run, checked exactly as the file is.
 *
 * @param argument the argument as written ({@code --set key.path=value}), named by every error about it
 * @param keyPath  where the value goes: keys separated by dots, list elements by their
 *                 {@code name} ({@code operators.alibaba}) or index ({@code datacenters[0]})
 * @param value    the new value as YAML text ({@code worst-fit}, {@code 1200}, {@code 384 GiB})
 */
public record ScenarioOverride(String argument, String keyPath, String value) {

    /** Reads {@code key.path=value}. */
    public static ScenarioOverride parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.substring(0, eq).isBlank()) {
            throw new ScenarioException("--set " + text, 0, 0, "", "expected key.path=value");
        }
        return new ScenarioOverride("--set " + text, text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /** A short label for folder names: the last key and the value, e.g. {@code hostPolicy=worst-fit}. */
    public String label() {
        String last = keyPath.substring(keyPath.lastIndexOf('.') + 1);
        return sanitise(last + "=" + value);
    }

    /** Keeps letters, digits and {@code . _ - =}; anything else becomes {@code _}. */
    public static String sanitise(String text) {
        return text.replaceAll("[^A-Za-z0-9._=-]+", "_");
    }

    @Override
    public String toString() {
        return keyPath + "=" + value;
    }
}
