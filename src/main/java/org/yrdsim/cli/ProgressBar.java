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

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar on a terminal; nothing where output goes to a file or a pipe, so that logs stay clean. */
    static Progress onTerminal(PrintWriter err, String label) {
        return Terminal.attached() ? new ProgressBar(err, label) : Progress.NONE;
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
        String left = done == 0 ? "--:--" : ProgressLine.clock(elapsed / done * (total - done));
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d runs %3d%%  elapsed %s  left %s ", label, "#".repeat(filled),
            "-".repeat(WIDTH - filled), done, total, 100 * done / total, ProgressLine.clock(elapsed), left);
        err.flush();
    }

}
