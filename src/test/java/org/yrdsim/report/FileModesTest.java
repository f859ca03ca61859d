package org.yrdsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdsim.engine.SimulationRun;
import org.yrdsim.metrics.Summary;
import org.yrdsim.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Results are shared: what yrdsim writes gets the modes any program gets under the user's umask
 * (755 and 644 under the usual 022), not the owner-only modes of temporary files. POSIX only.
 */
class FileModesTest {
    @TempDir
    Path dir;

    private Set<PosixFilePermission> folderMode;
    private Set<PosixFilePermission> fileMode;

    /** What the umask gives a plain new folder and file here: the modes results must have too. */
    @BeforeEach
    void plainModes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
        folderMode = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("plain-folder")));
        fileMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain-file")));
        assumeTrue(folderMode.contains(PosixFilePermission.OTHERS_READ), "this umask shares nothing: nothing to check");
    }

    @Test
    void aRunsFolderAndFilesAreReadableByOthersAsTheUmaskAllows() throws IOException {
        Path results = dir.resolve("results");
        Path folder = RunReport.write(SimulationRun.run(ScenarioReader.read(Path.of("src/test/resources/scenarios/tiny.yaml"))),
            results).folder();
        assertEquals(modeText(folderMode), modeText(Files.getPosixFilePermissions(results)));
        assertModes(folder);
    }

    @Test
    void pointFilesAndFragmentsToo() throws IOException {
        Path study = dir.resolve("sweep-x");
        new PointFiles(study).write("a=1", "fingerprint", Summary.fromJson(new ObjectMapper().readTree("{\"rejections\": 0}")));
        assertModes(study);
        Path fragment = dir.resolve("fragments/fitted.yaml");
        FragmentFile.write(fragment, "workloads: []\n");
        assertModes(fragment.getParent());
    }

    /** Every folder and file under {@code root}, itself included, has the plain modes. */
    private void assertModes(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                Set<PosixFilePermission> expected = Files.isDirectory(p) ? folderMode : fileMode;
                assertEquals(modeText(expected), modeText(Files.getPosixFilePermissions(p)), p.toString());
            }
        }
        try (Stream<Path> left = Files.list(root.getParent())) {
            List<String> partial = left.map(p -> p.getFileName().toString()).filter(n -> n.contains(".partial")).toList();
            assertEquals(List.of(), partial, "partial files left behind");
        }
    }

    private static String modeText(Set<PosixFilePermission> mode) {
        return PosixFilePermissions.toString(mode);
    }
}
