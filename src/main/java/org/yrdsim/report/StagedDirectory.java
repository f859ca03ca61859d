package org.yrdsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A results folder written beside its final place and swapped in only when complete, so a run
 * that fails or is interrupted leaves the previous results as they were and nothing half-written.
 * <p>
 * Java has no atomic exchange of two folders, so the swap is two renames: the old folder to a
 * hidden {@code .<name>.old-<pid>-*}, then the new one in. A process killed while writing leaves a
 * hidden {@code .<name>.partial-<pid>-*}, and one killed between the two renames leaves no folder
 * but the {@code .old-} one. The next run of the same name, before it writes, finds these by the
 * process id in their names: those of processes no longer running are removed, and a lone
 * {@code .old-} folder is put back in place first.
 */
public final class StagedDirectory implements AutoCloseable {
    private static final long PID = ProcessHandle.current().pid();

    private final Path target;
    private final Path staging;
    private final Thread cleanupOnInterrupt;
    private boolean committed;

    public StagedDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.target.getParent());
            recoverFromKilledRuns();
            this.staging = PartialPaths.newFolder(this.target.getParent(), prefix("partial"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + target + ": " + ResultsRoot.reason(e), e);
        }
        cleanupOnInterrupt = new Thread(() -> deleteTree(staging));
        Runtime.getRuntime().addShutdownHook(cleanupOnInterrupt);
    }

    /** Where to write the files now. */
    public Path path() {
        return staging;
    }

    /** Puts the finished folder in place of the old one. */
    public Path commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = PartialPaths.unusedName(target.getParent(), prefix("old"));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the results in place at " + target + ": " + ResultsRoot.reason(e), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself is running and cleans up
        }
    }

    /** {@code .<name>.<kind>-<pid>-}: hidden, named for what it is, and for the process that made it. */
    private String prefix(String kind) {
        return "." + target.getFileName() + "." + kind + "-" + PID + "-";
    }

    /** Puts back the old folder of a run killed mid-swap, and removes what killed runs of this name left. */
    private void recoverFromKilledRuns() throws IOException {
        List<Path> partial = leftovers("partial");
        List<Path> old = leftovers("old");
        if (!Files.exists(target)) {
            Optional<Path> newest = old.stream().max(Comparator.comparing(StagedDirectory::modified));
            if (newest.isPresent()) {
                Files.move(newest.get(), target, StandardCopyOption.ATOMIC_MOVE);
                old = old.stream().filter(p -> !p.equals(newest.get())).toList();
            }
        }
        partial.forEach(StagedDirectory::deleteTree);
        old.forEach(StagedDirectory::deleteTree);
    }

    /** The folders of this name and kind left by processes that no longer run. */
    private List<Path> leftovers(String kind) throws IOException {
        String start = "." + target.getFileName() + "." + kind + "-";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(start) && Files.isDirectory(p))
                .filter(p -> !running(p.getFileName().toString().substring(start.length())))
                .toList();
        }
    }

    /** Whether the process whose id begins {@code suffix} still runs; a name without one is from an older yrdsim. */
    private static boolean running(String suffix) {
        int dash = suffix.indexOf('-');
        if (dash <= 0 || dash > 18 || !suffix.substring(0, dash).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(suffix.substring(0, dash))).map(ProcessHandle::isAlive).orElse(false);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover hidden folder is named for what it is and removed by the next run
        }
    }
}
