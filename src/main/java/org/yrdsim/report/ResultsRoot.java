package org.yrdsim.report;

import org.yrdsim.BadInputException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that receives results ({@code --results}), checked before anything is simulated: a
 * run of minutes that ends in "cannot write" has been wasted, so a folder that cannot be created
 * or written, or a disk without room for the results, is refused up front, naming the option.
 */
public final class ResultsRoot {
    /** Charts and the report of one run or study, generously. */
    public static final long FIXED_BYTES = 8L << 20;
    /** One row of timeseries.csv, generously. */
    public static final long BYTES_PER_ROW = 300;

    private ResultsRoot() {
    }

    /** @param bytesNeeded about what the results will take on disk */
    public static void requireWritable(Path root, long bytesNeeded) {
        String option = "--results " + root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot create the folder: " + reason(e));
        }
        try {
            Path probe = Files.createTempFile(root, ".yrdsim-write-check-", "");
            try {
                Files.write(probe, new byte[4096]);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot write in the folder: " + reason(e));
        }
        long free;
        try {
            free = Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot tell how much room its disk has: " + reason(e));
        }
        if (free < bytesNeeded) {
            throw new BadInputException("%s: its disk has %d MiB free, and the results need about %d MiB".formatted(option,
                free >> 20, Math.max(1, bytesNeeded >> 20)));
        }
    }

    /** An I/O failure in words: the system's reason, which Java puts after the path it names. */
    static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way at " + exists.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "refused by the file system" : e.getMessage();
    }
}
