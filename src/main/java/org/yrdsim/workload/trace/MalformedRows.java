package org.yrdsim.workload.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows a reader could not use because they break the format (a missing size, an end before the
 * start, a value out of range): counted, with the first few kept by line number so a user can look
 * them up. Nothing is guessed for them.
 */
public final class MalformedRows {
    static final int EXAMPLES_KEPT = 10;

    private long count;
    private final List<String> examples = new ArrayList<>();

    void add(String where, String reason) {
        count++;
        if (examples.size() < EXAMPLES_KEPT) {
            examples.add(where + ": " + reason);
        }
    }

    public long count() {
        return count;
    }

    /** Up to {@value #EXAMPLES_KEPT} entries such as {@code "line 12: plan_cpu is empty"}. */
    public List<String> examples() {
        return List.copyOf(examples);
    }

    @Override
    public String toString() {
        return count == 0 ? "no malformed rows" : count + " malformed rows, e.g. " + examples;
    }
}
