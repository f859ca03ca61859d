package org.yrdsim.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeStaircaseTest {
    /** Whether some added size fits in a room, against a scan of every size added, over random sizes with many ties. */
    @Test
    void answersAsAScanOfEverySizeAdded() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            SizeStaircase staircase = new SizeStaircase();
            List<long[]> added = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int milli = 50 * (1 + random.nextInt(40));
                long memory = 256L * (1 + random.nextInt(40));
                staircase.add(milli, memory);
                added.add(new long[]{milli, memory});
                for (int q = 0; q < 20; q++) {
                    int roomMilli = random.nextInt(2100);
                    long roomMemory = random.nextInt(10_500);
                    boolean scan = added.stream().anyMatch(s -> s[0] <= roomMilli && s[1] <= roomMemory);
                    assertEquals(scan, staircase.fitsIn(roomMilli, roomMemory), "round " + round + ", " + added.size() + " sizes");
                }
            }
        }
    }
}
