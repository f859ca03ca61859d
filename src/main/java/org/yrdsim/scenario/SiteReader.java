package org.yrdsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads where things are and what power costs there: cities, sites, and the latency between them. */
final class SiteReader {
    private SiteReader() {
    }

    static List<City> cities(ScenarioNode root) {
        List<City> cities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("cities")) {
            String name = ScenarioReader.unique(node, seen);
            cities.add(new City(name, location(node)));
            node.done();
        }
        return List.copyOf(cities);
    }

    static List<Site> sites(ScenarioNode root) {
        List<Site> sites = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioNode node : root.list("sites")) {
            String name = ScenarioReader.unique(node, seen);
            String province = node.string("province", "");
            GeoPoint location = location(node);
            HourlyValue pue = node.hourly("pue", null);
            for (double value : pue.byHour()) {
                if (!(value >= 1 && value <= 5)) {
                    throw node.error("pue", "a PUE is facility over IT energy, so at least 1 (and at most 5); found " + value);
                }
            }
            double carbon = node.quantityOrZero("gridCarbon", Units.Kind.CARBON);
            double green = node.number("greenShare", 0, 1);
            HourlyValue tariff = node.hourly("tariff", Units.Kind.TARIFF);
            node.done();
            sites.add(new Site(name, province, location, pue, carbon, green, tariff));
        }
        if (sites.isEmpty()) {
            throw root.error("sites", "at least one site is needed");
        }
        return List.copyOf(sites);
    }

    static LatencyModel latency(ScenarioNode node, ScenarioNames names) {
        double perKm = node.quantity("perKm", Units.Kind.DURATION, LatencyModel.DEFAULT.secondsPerKm());
        double routeFactor = node.number("routeFactor", LatencyModel.DEFAULT.routeFactor());
        if (!(routeFactor >= 1 && routeFactor <= 10)) {
            throw node.error("routeFactor", "a route is at least as long as the straight line: between 1 and 10; found " + routeFactor);
        }
        double equipment = node.quantity("equipment", Units.Kind.DURATION, LatencyModel.DEFAULT.equipmentS());
        Map<String, Map<String, Double>> measured = new LinkedHashMap<>();
        if (node.has("measured")) {
            ScenarioNode byCity = node.mapping("measured");
            for (String city : byCity.keys()) {
                if (!names.cities().contains(city)) {
                    throw byCity.error(city, "no city named '" + city + "' (known: " + String.join(", ", names.cities()) + ")");
                }
                ScenarioNode bySite = byCity.mapping(city);
                Map<String, Double> toSites = new LinkedHashMap<>();
                for (String site : bySite.keys()) {
                    if (!names.sites().contains(site)) {
                        throw bySite.error(site, "no site named '" + site + "' (known: " + String.join(", ", names.sites()) + ")");
                    }
                    toSites.put(site, bySite.quantityOrZero(site, Units.Kind.DURATION));
                }
                bySite.done();
                measured.put(city, Collections.unmodifiableMap(toSites));
            }
            byCity.done();
        }
        node.done();
        return new LatencyModel(perKm, routeFactor, equipment, Collections.unmodifiableMap(measured));
    }

    static GeoPoint location(ScenarioNode node) {
        return new GeoPoint(node.number("latitude", -90, 90), node.number("longitude", -180, 180));
    }
}
