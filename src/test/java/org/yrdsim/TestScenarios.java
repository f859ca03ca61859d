package org.yrdsim;

import org.yrdsim.scenario.Scenario;
import org.yrdsim.scenario.ScenarioReader;
import org.yrdsim.scenario.YamlDocument;

/** Builds small scenarios in memory for tests, from YAML text so they go through the real reader. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static Scenario parse(String yaml) {
        return ScenarioReader.read(YamlDocument.parse("test.yaml", yaml));
    }

    /**
     * One host of {@code slots} cores, 1-core VMs, Poisson arrivals at {@code ratePerHour},
     * exponential lifetimes of mean 1 h: an M/M/c/c loss system with c = slots.
     */
    public static Scenario erlang(int slots, double ratePerHour, String duration, String warmup, long seed) {
        return erlang(slots, ratePerHour, duration, warmup, seed, "reject");
    }

    /** As {@link #erlang(int, double, String, String, long)}, the stream's {@code admission:} given: with a queue, an M/M/c queue. */
    public static Scenario erlang(int slots, double ratePerHour, String duration, String warmup, long seed, String admission) {
        return parse("""
            name: erlang
            simulation: {duration: %s, warmup: %s, sampleInterval: 1h, seed: %d}
            cities: [{name: here, latitude: 31, longitude: 121}]
            sites:
              - {name: s, latitude: 31, longitude: 121, pue: 1.0, gridCarbon: 0 kg/kWh, greenShare: 0, tariff: 0 CNY/kWh}
            hostTypes:
              - {name: h, cores: %d, coreSpeed: 1 GHz, memory: %d GiB, storage: 1 TB, network: 1 Gbps,
                 power: {idle: 100 W, peak: 200 W}}
            operators:
              - {name: op, datacenters: [{site: s, hosts: {h: 1}}]}
            workloads:
              - name: calls
                operator: op
                origin: here
                arrivals: {rate: %s/h}
                flavours: [{cores: 1, memory: 1 GiB, weight: 1}]
                lifetime: {distribution: exponential, mean: 1h}
                cpuUsage: {distribution: constant, value: 0.5}
                admission: %s
            placement: {hostPolicy: first-fit}
            """.formatted(duration, warmup, seed, slots, slots, Double.toString(ratePerHour), admission));
    }
}
