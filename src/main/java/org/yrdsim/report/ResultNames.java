package org.yrdsim.report;

import org.yrdsim.scenario.ScenarioOverride;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Folder names under results/: readable, safe on every file system, and short enough. */
public final class ResultNames {
    private static final int LONGEST = 100;

    private ResultNames() {
    }

    /** {@code <name>} plus {@code --<key>=<value>} per override, e.g. {@code yrd-baseline--hostPolicy=worst-fit}. */
    public static String run(String scenarioName, List<ScenarioOverride> overrides) {
        StringBuilder name = new StringBuilder(scenarioName);
        overrides.forEach(o -> name.append("--").append(o.label()));
        return shorten(name.toString());
    }

    /**
     * A sweep's or plan's folder: the scenario, the kind of study and the last key of each varied
     * path, then the overrides as for a run, e.g. {@code yrd-tight-sweep-hostPolicy__scale--warmup=6h}.
     * Studies of other parameters get other folders; the same parameters with other values share
     * one, which {@link StudyFolder} guards.
     */
    public static String study(String scenarioName, String kind, List<String> keyPaths, List<ScenarioOverride> overrides) {
        List<String> keys = keyPaths.stream().map(k -> k.substring(k.lastIndexOf('.') + 1)).toList();
        return run(scenarioName + "-" + kind + "-" + String.join("__", keys), overrides);
    }

    /** Names over the length limit keep their start and get a short hash of the whole, so they stay distinct. */
    public static String shorten(String name) {
        String safe = ScenarioOverride.sanitise(name);
        if (safe.length() <= LONGEST) {
            return safe;
        }
        return safe.substring(0, LONGEST - 9) + "~" + hash(safe).substring(0, 8);
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
