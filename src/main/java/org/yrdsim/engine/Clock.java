package org.yrdsim.engine;

/** What the engine's helpers may ask of the simulation: the time, and to be called back later. */
interface Clock {
    double now();

    /** Has {@code event} delivered with {@code data} at absolute time {@code time}. */
    void at(double time, EngineEvent event, Object data);
}
