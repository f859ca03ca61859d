package org.yrdsim.workload;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByTimeTest {
    /** Random adds and removals, with many equal times, against the JDK's priority queue. */
    @Test
    void givesTimesInTheOrderOfAPriorityQueue() {
        SplittableRandom random = new SplittableRandom(11);
        ByTime<double[]> heap = new ByTime<>();
        PriorityQueue<Double> reference = new PriorityQueue<>();
        int removed = 0;
        for (int step = 0; step < 200_000; step++) {
            if (reference.isEmpty() || random.nextInt(3) > 0) {
                double time = random.nextInt(5000) / 4.0;
                heap.add(time, new double[]{time});
                reference.add(time);
            } else {
                double expected = reference.poll();
                assertEquals(expected, heap.firstTime(), "step " + step);
                assertEquals(expected, heap.removeFirst()[0], "step " + step);
                removed++;
            }
            assertEquals(reference.isEmpty(), heap.isEmpty());
        }
        assertTrue(removed > 50_000, "too few removals to exercise the heap: " + removed);
    }

    /** A walk in order shows the times sorted, stops where told, and leaves the heap as it was. */
    @Test
    void visitsInOrderWithoutTakingOut() {
        SplittableRandom random = new SplittableRandom(12);
        ByTime<double[]> heap = new ByTime<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double time = random.nextInt(700) / 2.0;
            heap.add(time, new double[]{time});
            all.add(time);
        }
        all.sort(Double::compare);
        List<Double> seen = new ArrayList<>();
        heap.visitInOrder((time, item) -> {
            assertEquals(time, item[0]);
            seen.add(time);
            return true;
        });
        assertEquals(all, seen);
        List<Double> first = new ArrayList<>();
        heap.visitInOrder((time, item) -> first.add(time) && first.size() < 100);
        assertEquals(all.subList(0, 100), first);
        for (double expected : all) {
            assertEquals(expected, heap.removeFirst()[0]);
        }
    }
}
