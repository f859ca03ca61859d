package org.yrdsim.scenario;

/**
 * How a stream's requests wait when no datacenter has room for them, instead of being rejected:
 * {@code admission: {queue: fifo, maxWait: 6h, priority: 1}}. A stream without it rejects them.
 *
 * @param discipline whether a waiting request may start ahead of those that came before it
 * @param maxWait    longest wait (s) before a request is abandoned; infinite when not given
 * @param priority   waiting requests of higher priority are served first (default 0)
 */
public record QueueSpec(Discipline discipline, double maxWait, int priority) {
    public static final int MAX_PRIORITY = 1000;

    /** The order in which waiting requests may start. */
    public enum Discipline {
        /** Strictly in turn: a request that cannot start holds up every one behind it. */
        FIFO("fifo"),
        /**
         * EASY backfilling: the first in line is promised the earliest time room frees for it, and
         * a later request may start now if doing so cannot delay that promise.
         */
        EASY_BACKFILL("easy-backfill");

        private final String spelling;

        Discipline(String spelling) {
            this.spelling = spelling;
        }

        /** The word scenario files use. */
        public String spelling() {
            return spelling;
        }
    }
}
