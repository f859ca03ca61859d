package org.yrdsim.scenario;

import org.yrdsim.scenario.trace.MalformedLimit;
import org.yrdsim.scenario.trace.TraceFormat;
import org.yrdsim.scenario.trace.TraceOptions;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A stream of VM requests replayed from a trace file, next to the synthetic streams.
 *
 * @param name         the stream name its requests carry (unique among all streams)
 * @param format       a request format ({@link TraceFormat.Yields#REQUESTS})
 * @param file         the trace file, resolved and known to exist when the scenario was read
 * @param jobEvents    Google 2011 only: the job_events file that gives users to task rows lacking one
 * @param options      window, shift, speed-up, sampling (as written, before the scenario's scale) and mapping
 * @param latencyLimit most one-way latency (s) from the origin city a datacenter may have to be a candidate
 * @param maxMalformed malformed rows beyond which the replay is refused
 * @param queue        how its requests wait when there is no room; empty: they are rejected
 */
public record TraceStreamSpec(String name, TraceFormat format, Path file, Optional<Path> jobEvents,
                              TraceOptions options, OptionalDouble latencyLimit, MalformedLimit maxMalformed,
                              Optional<QueueSpec> queue) {
}
