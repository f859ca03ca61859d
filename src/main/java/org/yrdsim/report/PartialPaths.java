package org.yrdsim.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Files and folders written beside their final place and moved in when complete. They are made
 * with plain {@link Files#createDirectory} and {@link Files#createFile}, so the user's umask gives
 * them the usual modes (755 and 644): {@code Files.createTemp*} would make them owner-only, and
 * results are meant to be shared.
 */
final class PartialPaths {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PartialPaths() {
    }

    /** A new, empty folder {@code <parent>/<prefix><random>}. */
    static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(prefix + suffix()));
            } catch (FileAlreadyExistsException taken) {
                // another run chose the same random name: draw again
            }
        }
    }

    /** A new, empty file {@code <parent>/<prefix><random><extension>}. */
    static Path newFile(Path parent, String prefix, String extension) throws IOException {
        while (true) {
            try {
                return Files.createFile(parent.resolve(prefix + suffix() + extension));
            } catch (FileAlreadyExistsException taken) {
                // another run chose the same random name: draw again
            }
        }
    }

    /** A name for a folder or file beside {@code parent}'s others that nothing holds now. */
    static Path unusedName(Path parent, String prefix) {
        while (true) {
            Path candidate = parent.resolve(prefix + suffix());
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static String suffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
