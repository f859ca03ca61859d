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

    private void put(double time, Object item, int at) {
        times[at] = time;
        items[at] = item;
    }
}
