package org.yrdsim.workload.trace;

import java.nio.charset.StandardCharsets;

/**
 * Keeps a row when a 64-bit hash of (row key, seed) maps below the fraction. The hash is FNV-1a
 * over the key's UTF-8 bytes mixed with the seed and finished with the SplitMix64 finaliser, so
 * neighbouring keys ("job 1", "job 2") land far apart and the choice needs no reading order.
 */
final class RowSampler {
    private final double fraction;
    private final long seed;

    RowSampler(double fraction, long seed) {
        this.fraction = fraction;
        this.seed = seed;
    }

    boolean keep(String key) {
        return fraction >= 1 || unitInterval(key) < fraction;
    }

    private double unitInterval(String key) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h += 0x9e3779b97f4a7c15L;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }
}
