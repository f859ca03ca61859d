package org.yrdsim.scenario.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * How a batch task's {@code instance_num} instances spread over the task's span [create, end)
 * (Alibaba batch tables record the span of the whole task, not of each instance).
 * <ul>
 *   <li>{@code all-at-once}: every instance is a VM alive over the whole span. The faithful upper
 *       reading of the trace: the requested-cores peak it gives is what the trace asked for.</li>
 *   <li>{@code fixed:N}: at most N instances run at a time, in ceil(instances / N) equal consecutive
 *       waves that share the span (wave k starts at create + k x span / waves and lasts
 *       span / waves); the last wave holds the remainder. Total instance-time per instance is
 *       then span / waves, i.e. the task's work is spread evenly, not stretched.</li>
 * </ul>
 */
public sealed interface Parallelism {
    /** One group of identical VMs: its offset into the span and its length, as shares of the span. */
    record Wave(double startShare, double lengthShare, int instances) {
    }

    List<Wave> waves(int instances);

    static Parallelism allAtOnce() {
        return AllAtOnce.INSTANCE;
    }

    static Parallelism fixed(int atOnce) {
        return new Fixed(atOnce);
    }

    /** Parses {@code all-at-once} or {@code fixed:N}. */
    static Parallelism parse(String text) {
        String t = text.strip();
        if (t.equals("all-at-once")) {
            return allAtOnce();
        }
        if (t.startsWith("fixed:")) {
            try {
                return fixed(Integer.parseInt(t.substring("fixed:".length()).strip()));
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("parallelism must be 'all-at-once' or 'fixed:N' (N >= 1), found '" + text + "'");
    }

    enum AllAtOnce implements Parallelism {
        INSTANCE;

        @Override
        public List<Wave> waves(int instances) {
            return List.of(new Wave(0, 1, instances));
        }

        @Override
        public String toString() {
            return "all-at-once";
        }
    }

    record Fixed(int atOnce) implements Parallelism {
        public Fixed {
            if (atOnce < 1) {
                throw new IllegalArgumentException("fixed parallelism must be at least 1: " + atOnce);
            }
        }

        @Override
        public List<Wave> waves(int instances) {
            int count = (instances + atOnce - 1) / atOnce;
            var waves = new ArrayList<Wave>(count);
            for (int k = 0; k < count; k++) {
                waves.add(new Wave((double) k / count, 1.0 / count, Math.min(atOnce, instances - k * atOnce)));
            }
            return waves;
        }

        @Override
        public String toString() {
            return "fixed:" + atOnce;
        }
    }
}
