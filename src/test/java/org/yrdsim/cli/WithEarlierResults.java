package org.yrdsim.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Tests of refused commands start from a results folder that holds an earlier run, to check it is left as it was. */
abstract class WithEarlierResults {
    @TempDir
    Path dir;

    Path results;
    Map<String, String> before;

    @BeforeEach
    void earlierResults() throws IOException {
        results = dir.resolve("results");
        before = Refusal.seedResults(results);
    }
}
