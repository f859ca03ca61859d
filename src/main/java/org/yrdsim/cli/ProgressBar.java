package org.yrdsim.cli;

import org.yrdsim.study.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr: runs done, share, elapsed time and the time left at the pace so far. */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private int total;
    private int done;
    private long started;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void start(int total) {
        this.total = total;
        this.done = 0;
        this.started = System.nanoTime();
        draw();
    }

    @Override
    public void runFinished() {
        done++;
        draw();
        if (done == total) {
            err.println();
            err.flush();
        }
    }

    private void draw() {
        if (total == 0) {
            return;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int filled = WIDTH * done / total;
        String left = done == 0 ? "--:--" : clock(elapsed / done * (total - done));
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d runs %3d%%  elapsed %s  left %s ", label, "#".repeat(filled),
            "-".repeat(WIDTH - filled), done, total, 100 * done / total, clock(elapsed), left);
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }
}
