package org.yrdsim.scenario;

import java.util.Optional;

/**
 * Reads a stream's optional {@code admission:}: {@code reject} (the default: a request that finds
 * no room is turned away) or a queue, {@code {queue: fifo | easy-backfill, maxWait: 6h, priority: 1}}.
 */
final class AdmissionReader {
    private static final String SHAPE = "expected 'reject' or a queue such as {queue: fifo, maxWait: 6h, priority: 1}";

    private AdmissionReader() {
    }

    /** The stream's queue, or empty when it rejects. */
    static Optional<QueueSpec> read(ScenarioNode stream) {
        if (!stream.has("admission")) {
            return Optional.empty();
        }
        if (stream.value().get("admission").isTextual()) {
            if (!stream.string("admission").equals("reject")) {
                throw stream.error("admission", SHAPE + "; found '" + stream.string("admission") + "'");
            }
            return Optional.empty();
        }
        if (!stream.value().get("admission").isObject()) {
            throw stream.error("admission", SHAPE);
        }
        ScenarioNode node = stream.mapping("admission");
        QueueSpec.Discipline discipline = node.choice("queue", QueueSpec.Discipline.class, QueueSpec.Discipline::spelling);
        double maxWait = node.quantity("maxWait", Units.Kind.DURATION, Double.POSITIVE_INFINITY);
        if (!(maxWait > 0)) {
            throw node.error("maxWait", "must be greater than zero (leave it out to wait without limit)");
        }
        int priority = node.has("priority") ? node.count("priority", 0, QueueSpec.MAX_PRIORITY) : 0;
        node.done();
        return Optional.of(new QueueSpec(discipline, maxWait, priority));
    }
}
