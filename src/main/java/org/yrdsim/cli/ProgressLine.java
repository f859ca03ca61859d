package org.yrdsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One line on stderr, redrawn four times a second, showing how far a batch of simulations has
 * got: simulated time, requests handled and their rate. Runs feed it through {@link #run}; the
 * line is drawn by its own thread so that the simulations never wait for the terminal.
 */
final class ProgressLine implements AutoCloseable {
    private static final int BAR = 24;

    /** What one run reported last. */
    private static final class RunState implements RunProgress {
        volatile double simulated;
        volatile double total;
        volatile long requests;
        volatile boolean finished;

        @Override
        public void advanced(double simulatedSeconds, double totalSeconds, long requestsSoFar) {
            simulated = simulatedSeconds;
            total = totalSeconds;
            requests = requestsSoFar;
        }
    }

    private final PrintWriter err;
    private final String label;
    private final RunState[] runs;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService drawer;
    private int lastWidth;

    /** @param runSeconds simulated time each run will reach at its end */
    ProgressLine(PrintWriter err, String label, int runCount, double runSeconds) {
        this.err = err;
        this.label = label;
        this.runs = new RunState[runCount];
        for (int i = 0; i < runCount; i++) {
            runs[i] = new RunState();
            runs[i].total = runSeconds;
        }
        drawer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "yrdsim-progress");
            t.setDaemon(true);
            return t;
        });
        drawer.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    }

    RunProgress run(int index) {
        return runs[index];
    }

    void finished(int index) {
        runs[index].finished = true;
    }

    @Override
    public void close() {
        drawer.shutdownNow();
        try {
            drawer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        synchronized (this) {
            err.println();
            err.flush();
        }
    }

    private synchronized void draw() {
        double simulated = 0;
        double total = 0;
        long requests = 0;
        int finished = 0;
        for (RunState r : runs) {
            // a finished run counts as whole even if its last arrival came before its end
            simulated += r.finished ? r.total : r.simulated;
            total += r.total;
            requests += r.requests;
            finished += r.finished ? 1 : 0;
        }
        double share = total > 0 ? Math.min(1, simulated / total) : 0;
        // runs go side by side: show the time of an average run, not the sum
        simulated /= runs.length;
        total /= runs.length;
        double elapsed = (System.nanoTime() - started) / 1e9;
        int filled = (int) Math.round(BAR * share);
        String line = String.format(Locale.ROOT, "%s [%s%s] %3d%%  %s of %s simulated  %,d requests (%,.0f/s)%s  %s",
            label, "#".repeat(filled), "-".repeat(BAR - filled), Math.round(100 * share), hours(simulated), hours(total),
            requests, elapsed > 0 ? requests / elapsed : 0, runs.length > 1 ? "  runs done " + finished + "/" + runs.length : "",
            clock(elapsed));
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }

    private static String hours(double seconds) {
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }
}
