package org.yrdsim.placement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yrdsim.scenario.HostPolicy;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostIndexTest {

    @Test
    void smallClusterCheckedByHand() {
        // free cores 8, 4, 6, 4 and free memory 32, 16, 8, 64 (MiB, small numbers for reading)
        int[] cores = {8, 4, 6, 4};
        long[] memory = {32, 16, 8, 64};
        // a VM of 4 cores and 16 MiB: hosts 0, 1 and 3 fit (host 2 lacks memory)
        assertEquals(0, HostIndex.create(HostPolicy.FIRST_FIT, cores, memory).find(4, 16));
        assertEquals(1, HostIndex.create(HostPolicy.BEST_FIT, cores, memory).find(4, 16));
        assertEquals(0, HostIndex.create(HostPolicy.WORST_FIT, cores, memory).find(4, 16));
        // a VM of 5 cores and 8 MiB: hosts 0 and 2 fit; best fit takes the tighter host 2
        assertEquals(0, HostIndex.create(HostPolicy.FIRST_FIT, cores, memory).find(5, 8));
        assertEquals(2, HostIndex.create(HostPolicy.BEST_FIT, cores, memory).find(5, 8));
        assertEquals(0, HostIndex.create(HostPolicy.WORST_FIT, cores, memory).find(5, 8));
        // a VM of 4 cores and 40 MiB: only host 3
        for (HostPolicy policy : HostPolicy.values()) {
            assertEquals(3, HostIndex.create(policy, cores, memory).find(4, 40), policy.spelling());
        }
        // nothing has 9 cores
        for (HostPolicy policy : HostPolicy.values()) {
            assertEquals(-1, HostIndex.create(policy, cores, memory).find(9, 1), policy.spelling());
        }
    }

    @Test
    void worstFitBreaksTiesTowardsTheLowestSlot() {
        HostIndex index = HostIndex.create(HostPolicy.WORST_FIT, new int[]{4, 8, 8}, new long[]{10, 10, 10});
        assertEquals(1, index.find(2, 1));
        index.update(1, 6, 10);
        assertEquals(2, index.find(2, 1));
    }

    /** The index against a scan of every host, through many random allocations and releases. */
    @ParameterizedTest
    @EnumSource(HostPolicy.class)
    void indexAgreesWithBruteForce(HostPolicy policy) {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 50; trial++) {
            int hosts = 1 + random.nextInt(200);
            int[] cores = new int[hosts];
            long[] memory = new long[hosts];
            for (int i = 0; i < hosts; i++) {
                cores[i] = random.nextInt(65);
                memory[i] = random.nextInt(513);
            }
            HostIndex index = HostIndex.create(policy, cores, memory);
            for (int step = 0; step < 400; step++) {
                int wantCores = 1 + random.nextInt(32);
                long wantMemory = 1 + random.nextInt(256);
                int expected = bruteForce(policy, cores, memory, wantCores, wantMemory);
                int found = index.find(wantCores, wantMemory);
                assertEquals(expected, found, "trial %d step %d: %d cores, %d MiB".formatted(trial, step, wantCores, wantMemory));
                int changed = found >= 0 && random.nextBoolean() ? found : random.nextInt(hosts);
                cores[changed] = random.nextInt(65);
                memory[changed] = random.nextInt(513);
                index.update(changed, cores[changed], memory[changed]);
            }
        }
    }

    /**
     * In the unit hosts keep their room in, milli-cores: hosts of 64 and 96 cores filled by
     * requests of 0.05 to 4 cores in steps of 0.05 (Alibaba's plan_cpu), each placed where the
     * index says and an occasional one released, always agreeing with the scan.
     */
    @ParameterizedTest
    @EnumSource(HostPolicy.class)
    void milliCoreSizesAgreeWithBruteForce(HostPolicy policy) {
        SplittableRandom random = new SplittableRandom(11);
        int hosts = 150;
        int[] capacity = new int[hosts];
        int[] milli = new int[hosts];
        long[] memory = new long[hosts];
        for (int i = 0; i < hosts; i++) {
            capacity[i] = random.nextBoolean() ? 64_000 : 96_000;
            milli[i] = capacity[i];
            memory[i] = 262_144;
        }
        HostIndex index = HostIndex.create(policy, milli, memory);
        for (int step = 0; step < 20_000; step++) {
            int wantMilli = 50 * (1 + random.nextInt(80));
            long wantMemory = 1 + random.nextInt(4096);
            int expected = bruteForce(policy, milli, memory, wantMilli, wantMemory);
            int found = index.find(wantMilli, wantMemory);
            assertEquals(expected, found, "step %d: %d milli-cores, %d MiB".formatted(step, wantMilli, wantMemory));
            int changed = found;
            if (found >= 0) {
                milli[found] -= wantMilli;
                memory[found] -= wantMemory;
            }
            if (random.nextInt(20) == 0) {
                changed = random.nextInt(hosts);
                milli[changed] = Math.min(capacity[changed], milli[changed] + 50 * random.nextInt(200));
                memory[changed] = Math.min(262_144, memory[changed] + random.nextInt(8192));
            }
            if (found >= 0) {
                index.update(found, milli[found], memory[found]);
            }
            if (changed >= 0 && changed != found) {
                index.update(changed, milli[changed], memory[changed]);
            }
        }
    }

    /**
     * As the cluster fills (hosts only lose room, but for a rare release) most searches fail, and
     * the index answers many of them from the misses it remembers: those answers must still agree
     * with the scan.
     */
    @ParameterizedTest
    @EnumSource(HostPolicy.class)
    void rememberedMissesAgreeWithBruteForceWhileTheClusterFills(HostPolicy policy) {
        SplittableRandom random = new SplittableRandom(7);
        int hosts = 64;
        int[] cores = new int[hosts];
        long[] memory = new long[hosts];
        java.util.Arrays.fill(cores, 32);
        java.util.Arrays.fill(memory, 128);
        HostIndex index = HostIndex.create(policy, cores, memory);
        int misses = 0;
        for (int step = 0; step < 5000; step++) {
            int wantCores = 1 + random.nextInt(16);
            long wantMemory = 4L * wantCores;
            int expected = bruteForce(policy, cores, memory, wantCores, wantMemory);
            assertEquals(expected, index.find(wantCores, wantMemory), "step " + step);
            if (expected >= 0) {
                cores[expected] -= wantCores;
                memory[expected] -= wantMemory;
                index.update(expected, cores[expected], memory[expected]);
            } else {
                misses++;
            }
            if (random.nextInt(50) == 0) {
                int released = random.nextInt(hosts);
                cores[released] = Math.min(32, cores[released] + 8);
                memory[released] = Math.min(128, memory[released] + 32);
                index.update(released, cores[released], memory[released]);
            }
        }
        assertTrue(misses > 1000, "the cluster should be full most of the time: " + misses + " misses");
    }

    /** The policies' definitions, by scanning: best fit = fewest free cores, worst fit = most; ties and first fit = lowest slot. */
    private static int bruteForce(HostPolicy policy, int[] cores, long[] memory, int wantCores, long wantMemory) {
        int chosen = -1;
        for (int i = 0; i < cores.length; i++) {
            if (cores[i] < wantCores || memory[i] < wantMemory) {
                continue;
            }
            boolean better = switch (policy) {
                case FIRST_FIT -> chosen < 0;
                case BEST_FIT -> chosen < 0 || cores[i] < cores[chosen];
                case WORST_FIT -> chosen < 0 || cores[i] > cores[chosen];
            };
            if (better) {
                chosen = i;
            }
        }
        return chosen;
    }
}
