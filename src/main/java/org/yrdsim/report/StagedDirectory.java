package org.yrdsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder written beside its final place and swapped in only when complete, so a run
 * that fails or is interrupted leaves the previous results as they were and nothing half-written.
 */
public final class StagedDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Thread cleanupOnInterrupt;
    private boolean committed;

    public StagedDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.target.getParent());
            this.staging = PartialPaths.newFolder(this.target.getParent(), "." + this.target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + target + ": " + e.getMessage(), e);
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
                old = PartialPaths.unusedName(target.getParent(), "." + target.getFileName() + ".old-");
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the results in place at " + target + ": " + e.getMessage(), e);
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

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover hidden .partial folder is harmless and named for what it is
        }
    }
}
