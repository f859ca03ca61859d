package org.yrdsim.workload;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.nio.charset.StandardCharsets;

/**
 * Independent random generators derived from the master seed and a name. Each stream, and each
 * purpose within it (arrivals, sizes, lifetimes, usage), gets its own generator, so adding a
 * stream or changing one stream's flavour mix leaves every other draw unchanged: two scenarios
 * run with the same seed see the same demand (common random numbers).
 */
public final class RandomStreams {
    private RandomStreams() {
    }

    public static RandomGenerator generator(long masterSeed, String... names) {
        long seed = seed(masterSeed, names);
        return new Well19937c(new int[]{(int) (seed >>> 32), (int) seed});
    }

    /** A seed derived from the master seed and the names, far from the master and from any other names'. */
    public static long seed(long masterSeed, String... names) {
        long seed = mix(masterSeed);
        for (String name : names) {
            seed = mix(seed ^ fnv1a(name));
        }
        return seed;
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads nearby seeds far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
