package org.yrdsim.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the multi-operator sections: sharing, latency, power-off, failures, hourly PUE and tariffs. */
class ClusterRulesReaderTest {
    private static String tiny() throws IOException {
        return Files.readString(Path.of("src/test/resources/scenarios/tiny.yaml")).replace("  overflow: true\n", "");
    }

    private static Scenario read(String yaml) {
        return ScenarioReader.read(YamlDocument.parse("t.yaml", yaml));
    }

    private static ScenarioException error(String yaml) {
        return assertThrows(ScenarioException.class, () -> read(yaml));
    }

    @Test
    void sectionsAreReadIntoBaseUnits() throws IOException {
        Scenario s = read(tiny() + """
            sharing:
              agreements:
                - {lender: blue, borrower: red, mode: overflow, priority: 2, maxShare: 0.3, price: 0.05 CNY/coreh}
                - {lender: red, borrower: blue, mode: pool}
            latency:
              perKm: 5us
              routeFactor: 1.5
              equipment: 300us
              measured: {shanghai: {qingpu: 0.4ms}}
            powerOff: {idleAfter: 20min, bootDelay: 2min}
            failures:
              hosts:
                timeBetweenFailures: {distribution: weibull, shape: 1.2, scale: 1000h}
                repairTime: {distribution: constant, value: 4h}
              outages:
                - {site: jiashan, at: 2h, duration: 1h}
            """);
        assertEquals(List.of(new Agreement("blue", "red", Agreement.Mode.OVERFLOW, 2, 0.3, 0.05),
            new Agreement("red", "blue", Agreement.Mode.POOL, 1, 1.0, 0)), s.agreements());
        assertEquals(0.0004, s.latency().seconds(s.city("shanghai").orElseThrow(), s.site("qingpu").orElseThrow()), 1e-15);
        double km = s.city("hangzhou").orElseThrow().location().distanceKm(s.site("jiashan").orElseThrow().location());
        assertEquals(km * 1.5 * 5e-6 + 3e-4,
            s.latency().seconds(s.city("hangzhou").orElseThrow(), s.site("jiashan").orElseThrow()), 1e-12);
        assertEquals(new PowerOffSpec(1200, 120), s.powerOff().orElseThrow());
        assertEquals(new DistributionSpec.Weibull(1.2, 3.6e6), s.failures().timeBetweenFailures().orElseThrow());
        assertEquals(7200, s.failures().outages().get(0).start());
        assertTrue(s.failures().outages().get(0).covers(s.datacenters().get(1)));
    }

    @Test
    void hourlyPueAndTariff() throws IOException {
        String hours = "[" + "1.1, ".repeat(23) + "1.4]";
        String prices = "[" + "0.3 CNY/kWh, ".repeat(12) + "1.0 CNY/kWh, ".repeat(11) + "1 CNY/kWh]";
        Scenario s = read(tiny().replace("pue: 1.2,", "pue: " + hours + ",").replace("tariff: 0.6 CNY/kWh", "tariff: " + prices));
        Site qingpu = s.site("qingpu").orElseThrow();
        assertEquals(1.1, qingpu.pue().at(22.5 * 3600));
        assertEquals(1.4, qingpu.pue().at(23.5 * 3600));
        assertEquals(1.4, qingpu.pue().at(47.5 * 3600), "the day repeats");
        assertEquals(0.3, qingpu.tariffPerKwh().at(11 * 3600));
        assertEquals(1.0, qingpu.tariffPerKwh().at(12 * 3600));
    }

    @Test
    void mistakesAreNamed() throws IOException {
        String base = tiny();
        ScenarioException self = error(base + "sharing: {agreements: [{lender: red, borrower: red, mode: pool}]}\n");
        assertEquals("sharing.agreements[0].borrower", self.keyPath());
        ScenarioException mode = error(base + "sharing: {agreements: [{lender: red, borrower: blue, mode: lend}]}\n");
        assertTrue(mode.problem().contains("is not one of overflow, pool"), mode.getMessage());
        ScenarioException cap = error(base + "sharing: {agreements: [{lender: red, borrower: blue, mode: pool, maxShare: 1.5}]}\n");
        assertEquals("sharing.agreements[0].maxShare", cap.keyPath());
        ScenarioException both = error(base.replace("hostPolicy: best-fit", "hostPolicy: best-fit\n  overflow: true")
            + "sharing: {agreements: [{lender: red, borrower: blue, mode: pool}]}\n");
        assertEquals("placement.overflow", both.keyPath());
        ScenarioException pue = error(base.replace("pue: 1.2,", "pue: [1.1, 1.2],"));
        assertTrue(pue.problem().contains("give one value or 24"), pue.getMessage());
        ScenarioException outage = error(base + "failures: {outages: [{site: qingpu, datacenter: red@qingpu, at: 1h, duration: 1h}]}\n");
        assertTrue(outage.problem().contains("either a site or a datacenter"), outage.getMessage());
        ScenarioException dc = error(base + "failures: {outages: [{datacenter: red@nowhere, at: 1h, duration: 1h}]}\n");
        assertEquals("failures.outages[0].datacenter", dc.keyPath());
        ScenarioException limit = error(base.replace("origin: hangzhou", "origin: hangzhou\n    latencyLimit: 5"));
        assertTrue(limit.problem().contains("has no unit"), limit.getMessage());
        ScenarioException route = error(base + "latency: {routeFactor: 0.5}\n");
        assertEquals("latency.routeFactor", route.keyPath());
    }
}
