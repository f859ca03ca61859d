package org.yrdsim.engine;

import org.yrdsim.scenario.QueueSpec;
import org.yrdsim.workload.VmRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The requests waiting for room, in the order they are served: higher priority first, then by
 * arrival. Each priority has its own line, appended to as requests arrive (they come in time
 * order); a request that starts or gives up is marked gone and passed over, and a line drops its
 * gone entries when they are more than half of it, so leaving from the middle costs no shifting.
 */
final class WaitingLine {
    /** One waiting request; {@code gone} once it has started or given up. */
    static final class Waiting {
        final VmRequest request;
        final QueueSpec spec;
        boolean gone;

        Waiting(VmRequest request, QueueSpec spec) {
            this.request = request;
            this.spec = spec;
        }
    }

    /** What a walk along the line is shown; false stops it. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(Waiting waiting);
    }

    private final int[] priorities;
    private final Level[] levels;
    private int live;
    /** Set during a walk, which must not see the line compacted under it. */
    private boolean walking;

    WaitingLine(Collection<QueueSpec> specs) {
        this.priorities = specs.stream().mapToInt(QueueSpec::priority).distinct().map(p -> -p).sorted().map(p -> -p).toArray();
        this.levels = new Level[priorities.length];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new Level();
        }
    }

    int size() {
        return live;
    }

    Waiting add(VmRequest request, QueueSpec spec) {
        Waiting waiting = new Waiting(request, spec);
        levels[level(spec.priority())].add(waiting);
        live++;
        return waiting;
    }

    /** Whether a request of this priority would have anyone ahead of it: someone waiting at this priority or above. */
    boolean anyoneAheadOf(int priority) {
        for (int i = 0; i < levels.length && priorities[i] >= priority; i++) {
            if (levels[i].live > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first in line, or null when none waits. */
    Waiting head() {
        for (Level level : levels) {
            Waiting first = level.first();
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    void remove(Waiting waiting) {
        waiting.gone = true;
        live--;
        Level level = levels[level(waiting.spec.priority())];
        level.live--;
        if (!walking) {
            level.compactIfSparse();
        }
    }

    /** Shows the requests still waiting behind the head, in line order, until the visitor says stop. */
    void visitBehindHead(Visitor visitor) {
        Waiting head = head();
        walking = true;
        try {
            walk:
            for (Level level : levels) {
                for (int i = level.start; i < level.end; i++) {
                    Waiting w = level.items[i];
                    if (!w.gone && w != head && !visitor.visit(w)) {
                        break walk;
                    }
                }
            }
        } finally {
            walking = false;
        }
        for (Level level : levels) {
            level.compactIfSparse();
        }
    }

    /** Everyone still waiting, in line order. */
    List<Waiting> waiting() {
        List<Waiting> all = new ArrayList<>(live);
        for (Level level : levels) {
            for (int i = level.start; i < level.end; i++) {
                if (!level.items[i].gone) {
                    all.add(level.items[i]);
                }
            }
        }
        return all;
    }

    private int level(int priority) {
        for (int i = 0; i < priorities.length; i++) {
            if (priorities[i] == priority) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line for priority " + priority);
    }

    /** The requests of one priority in arrival order: items[start, end), some of them gone. */
    private static final class Level {
        private Waiting[] items = new Waiting[64];
        private int start;
        private int end;
        private int live;

        void add(Waiting waiting) {
            if (end == items.length) {
                compact();
                if (end == items.length) {
                    items = Arrays.copyOf(items, items.length * 2);
                }
            }
            items[end++] = waiting;
            live++;
        }

        Waiting first() {
            while (start < end && items[start].gone) {
                items[start++] = null;
            }
            return start < end ? items[start] : null;
        }

        void compactIfSparse() {
            if (end - start > 64 && live < (end - start) / 2) {
                compact();
            }
        }

        private void compact() {
            int to = 0;
            for (int i = start; i < end; i++) {
                if (!items[i].gone) {
                    items[to++] = items[i];
                }
            }
            Arrays.fill(items, to, end, null);
            start = 0;
            end = to;
        }
    }
}
