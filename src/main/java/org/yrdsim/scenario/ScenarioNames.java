package org.yrdsim.scenario;

import java.util.List;

/** The names that later parts of a scenario file may refer to. */
record ScenarioNames(List<String> sites, List<String> cities, List<String> hostTypes) {
    static ScenarioNames of(List<Site> sites, List<City> cities, List<HostType> hostTypes) {
        return new ScenarioNames(sites.stream().map(Site::name).toList(), cities.stream().map(City::name).toList(),
            hostTypes.stream().map(HostType::name).toList());
    }
}
