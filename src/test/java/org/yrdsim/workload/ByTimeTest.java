package org.yrdsim.workload;

import org.junit.jupiter.api.Test;

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
}
