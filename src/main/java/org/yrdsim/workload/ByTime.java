package org.yrdsim.workload;

import java.util.Arrays;

/**
 * Items ordered by a time, earliest first: a binary min-heap whose times sit in a primitive array
 * beside the items, so that sifting compares and moves numbers without visiting item objects (at
 * a million items those visits are cache misses). Items of equal time come out in no set order.
 */
public final class ByTime<T> {
    private double[] times = new double[1024];
    private Object[] items = new Object[1024];
    private int size;

    public void add(double time, T item) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            items = Arrays.copyOf(items, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (times[parent] <= time) {
                break;
            }
            put(times[parent], items[parent], at);
            at = parent;
        }
        put(time, item, at);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The earliest time; only when not empty. */
    public double firstTime() {
        return times[0];
    }

    /** Takes out the earliest item; only when not empty. */
    @SuppressWarnings("unchecked")
    public T removeFirst() {
        T first = (T) items[0];
        size--;
        double time = times[size];
        Object item = items[size];
        items[size] = null;
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && times[child + 1] < times[child]) {
                child++;
            }
            if (time <= times[child]) {
                break;
            }
            put(times[child], items[child], at);
            at = child;
        }
        if (size > 0) {
            put(time, item, at);
        }
        return first;
    }

    /** What {@link #visitInOrder} shows each item; false stops the walk. */
    @FunctionalInterface
    public interface Visitor<T> {
        boolean visit(double time, T item);
    }

    /**
     * Shows the items earliest first without taking them out: a second heap holds the positions
     * whose parents have been shown, so a walk that stops after k items costs O(k log k), not a sort.
     */
    @SuppressWarnings("unchecked")
    public void visitInOrder(Visitor<T> visitor) {
        int[] frontier = new int[16];
        int count = 0;
        if (size > 0) {
            frontier[count++] = 0;
        }
        while (count > 0) {
            int at = frontier[0];
            frontier[0] = frontier[--count];
            siftFrontier(frontier, count);
            if (!visitor.visit(times[at], (T) items[at])) {
                return;
            }
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (count == frontier.length) {
                    frontier = Arrays.copyOf(frontier, count * 2);
                }
                int i = count++;
                while (i > 0 && times[frontier[(i - 1) / 2]] > times[child]) {
                    frontier[i] = frontier[(i - 1) / 2];
                    i = (i - 1) / 2;
                }
                frontier[i] = child;
            }
        }
    }

    /** Restores the frontier heap after its top was replaced by its last position. */
    private void siftFrontier(int[] frontier, int count) {
        if (count == 0) {
            return;
        }
        int moved = frontier[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= count) {
                break;
            }
            if (child + 1 < count && times[frontier[child + 1]] < times[frontier[child]]) {
                child++;
            }
            if (times[moved] <= times[frontier[child]]) {
                break;
            }
            frontier[i] = frontier[child];
            i = child;
        }
        frontier[i] = moved;
    }

    private void put(double time, Object item, int at) {
        times[at] = time;
        items[at] = item;
    }
}
