package org.yrdsim.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities as people write them ({@code 384 GiB}, {@code 6h}, {@code 120/h}, {@code 2.5 kW})
 * turned into the base units yrdsim computes in: seconds, MiB, watts, MHz, Mbit/s, requests per
 * second, kgCO2 per kWh and yuan per kWh. A bare number is refused where a unit is needed,
 * because a bare "512" for memory is a guess waiting to be wrong.
 */
public final class Units {
    private static final Pattern QUANTITY =
        Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([A-Za-z/%0-9µ]*)\\s*");

    private static final Map<String, Double> SECONDS = Map.ofEntries(
        Map.entry("us", 1e-6), Map.entry("µs", 1e-6), Map.entry("ms", 0.001), Map.entry("s", 1.0), Map.entry("sec", 1.0),
        Map.entry("min", 60.0), Map.entry("m", 60.0), Map.entry("h", 3600.0), Map.entry("d", 86400.0),
        Map.entry("w", 604800.0));
    private static final Map<String, Double> MIB = Map.ofEntries(
        Map.entry("mib", 1.0), Map.entry("gib", 1024.0), Map.entry("tib", 1024.0 * 1024),
        Map.entry("mb", 1e6 / (1 << 20)), Map.entry("gb", 1e9 / (1 << 20)), Map.entry("tb", 1e12 / (1 << 20)));
    private static final Map<String, Double> WATTS = Map.of("w", 1.0, "kw", 1e3, "mw", 1e6);
    private static final Map<String, Double> MHZ = Map.of("mhz", 1.0, "ghz", 1e3, "mips", 1.0);
    private static final Map<String, Double> MBPS = Map.of("mbps", 1.0, "gbps", 1e3, "mbit/s", 1.0, "gbit/s", 1e3);
    private static final Map<String, Double> PER_SECOND = Map.of("/s", 1.0, "/min", 1 / 60.0, "/h", 1 / 3600.0, "/d", 1 / 86400.0);
    private static final Map<String, Double> KG_PER_KWH = Map.of("kg/kwh", 1.0, "g/kwh", 1e-3, "kgco2/kwh", 1.0, "gco2/kwh", 1e-3);
    private static final Map<String, Double> YUAN_PER_KWH = Map.of("cny/kwh", 1.0, "yuan/kwh", 1.0);
    private static final Map<String, Double> YUAN_PER_CORE_HOUR = Map.of("cny/coreh", 1.0, "yuan/coreh", 1.0);

    /**
     * What a quantity measures: its base unit, the units it may be written in, and the largest
     * value it may take. The largest values are far beyond any real cluster (a host of 1 PiB,
     * a thousand years, a million requests a second); a value above one is a slip of the exponent
     * or the unit, and would otherwise overflow or ask a run for more than a machine has.
     */
    public enum Kind {
        DURATION("a duration such as 200us, 5ms, 30s, 5min, 6h or 1d", SECONDS, 1000 * 365.25 * 86400, "1000 years"),
        MEMORY("a memory size such as 512 MiB, 384 GiB or 4 TB", MIB, 1024.0 * 1024 * 1024, "1 PiB"),
        POWER("a power such as 450 W or 2.5 kW", WATTS, 1e6, "1 MW"),
        SPEED("a core speed such as 2.5 GHz or 2500 MHz", MHZ, 1e6, "1000 GHz"),
        BANDWIDTH("a bandwidth such as 25 Gbps or 100 Mbps", MBPS, 1e7, "10000 Gbps"),
        RATE("a rate such as 120/h, 2/min or 0.5/s", PER_SECOND, 1e6, "1000000/s"),
        CARBON("a grid factor such as 0.5617 kg/kWh or 561.7 g/kWh", KG_PER_KWH, 10, "10 kg/kWh"),
        TARIFF("a tariff such as 0.65 CNY/kWh", YUAN_PER_KWH, 1000, "1000 CNY/kWh"),
        CORE_PRICE("a price per core-hour such as 0.08 CNY/coreh", YUAN_PER_CORE_HOUR, 1000, "1000 CNY/coreh");

        private final String expected;
        private final Map<String, Double> factors;
        private final double max;
        private final String maxText;

        Kind(String expected, Map<String, Double> factors, double max, String maxText) {
            this.expected = expected;
            this.factors = factors;
            this.max = max;
            this.maxText = maxText;
        }

        public String expected() {
            return expected;
        }
    }

    private Units() {
    }

    /**
     * @return the value in the kind's base unit
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static double parse(String text, Kind kind) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not " + kind.expected);
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no unit; expected " + kind.expected);
        }
        Double factor = kind.factors.get(unit);
        if (factor == null) {
            throw new IllegalArgumentException("'" + text + "' has unit '" + m.group(2) + "' but expected " + kind.expected);
        }
        double value = Double.parseDouble(m.group(1)) * factor;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number");
        }
        if (Math.abs(value) > kind.max) {
            throw new IllegalArgumentException("'" + text + "' is more than " + kind.maxText + ", far beyond any real value here");
        }
        return value;
    }
}
