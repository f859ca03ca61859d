package org.yrdsim.scenario;

/** A city that demand comes from. */
public record City(String name, GeoPoint location) {
}
