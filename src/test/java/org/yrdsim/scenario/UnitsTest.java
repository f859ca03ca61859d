package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitsTest {
    @Test
    void durations() {
        assertEquals(0.005, Units.parse("5ms", Units.Kind.DURATION), 1e-12);
        assertEquals(30, Units.parse("30s", Units.Kind.DURATION));
        assertEquals(300, Units.parse("5 min", Units.Kind.DURATION));
        assertEquals(21600, Units.parse("6h", Units.Kind.DURATION));
        assertEquals(86400 * 1.5, Units.parse("1.5d", Units.Kind.DURATION));
    }

    @Test
    void memoryDistinguishesBinaryAndDecimalPrefixes() {
        assertEquals(384 * 1024, Units.parse("384 GiB", Units.Kind.MEMORY));
        assertEquals(1e9 / 1048576, Units.parse("1 GB", Units.Kind.MEMORY), 1e-9);
        assertEquals(1024 * 1024, Units.parse("1 TiB", Units.Kind.MEMORY));
        assertEquals(512, Units.parse("512 MiB", Units.Kind.MEMORY));
    }

    @Test
    void ratesPowerAndPrices() {
        assertEquals(120 / 3600.0, Units.parse("120/h", Units.Kind.RATE), 1e-15);
        assertEquals(2 / 60.0, Units.parse("2/min", Units.Kind.RATE), 1e-15);
        assertEquals(2500, Units.parse("2.5 kW", Units.Kind.POWER));
        assertEquals(2500, Units.parse("2.5GHz", Units.Kind.SPEED));
        assertEquals(25000, Units.parse("25 Gbps", Units.Kind.BANDWIDTH));
        assertEquals(0.5617, Units.parse("561.7 g/kWh", Units.Kind.CARBON), 1e-12);
        assertEquals(0.65, Units.parse("0.65 CNY/kWh", Units.Kind.TARIFF));
    }

    @Test
    void unitsAreCaseInsensitiveButMustBeTheRightKind() {
        assertEquals(1024, Units.parse("1 gib", Units.Kind.MEMORY));
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
            () -> Units.parse("6h", Units.Kind.MEMORY));
        assertTrue(wrongKind.getMessage().contains("expected a memory size"), wrongKind.getMessage());
    }

    @Test
    void bareNumbersAndGarbageAreRefused() {
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> Units.parse("512", Units.Kind.MEMORY));
        assertTrue(bare.getMessage().contains("no unit"), bare.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Units.parse("fast", Units.Kind.SPEED));
        assertThrows(IllegalArgumentException.class, () -> Units.parse("1e400 W", Units.Kind.POWER));
    }
}
