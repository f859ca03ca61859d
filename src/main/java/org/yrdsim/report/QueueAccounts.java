package org.yrdsim.report;

import org.yrdsim.metrics.QueueFigures;
import org.yrdsim.metrics.WaitFigures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The waiting queue's figures in words: console lines, and rows of the report's table. */
public final class QueueAccounts {
    public static final List<String> HEADER = List.of("who", "started", "of them waited", "wait mean", "wait p95", "wait max",
        "slowdown mean", "slowdown p95", "abandoned", "still waiting", "queue length mean / peak");

    private QueueAccounts() {
    }

    /** One console line per scope: the cluster, then each operator and stream when there are several. */
    public static List<String> lines(QueueFigures queue) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, WaitFigures> e : scopes(queue).entrySet()) {
            WaitFigures f = e.getValue();
            lines.add("%s: %d started, %d after waiting; wait mean %s, p95 %s, max %s; slowdown mean %s, p95 %s; %d abandoned, %d still waiting%s"
                .formatted(e.getKey(), f.started(), f.waited(), duration(f.meanWaitS()), duration(f.p95WaitS()), duration(f.maxWaitS()),
                    number(f.meanSlowdown()), number(f.p95Slowdown()), f.abandoned(), f.stillWaiting(),
                    f.meanQueueLength() == null ? "" : "; queue mean %s, peak %d".formatted(number(f.meanQueueLength()), f.peakQueueLength())));
        }
        return lines;
    }

    public static List<List<String>> rows(QueueFigures queue) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, WaitFigures> e : scopes(queue).entrySet()) {
            WaitFigures f = e.getValue();
            rows.add(List.of(e.getKey(), Long.toString(f.started()), Long.toString(f.waited()), duration(f.meanWaitS()),
                duration(f.p95WaitS()), duration(f.maxWaitS()), number(f.meanSlowdown()), number(f.p95Slowdown()),
                Long.toString(f.abandoned()), Long.toString(f.stillWaiting()),
                f.meanQueueLength() == null ? "-" : number(f.meanQueueLength()) + " / " + f.peakQueueLength()));
        }
        return rows;
    }

    /** The cluster, and each operator and stream unless there is only one, which would repeat the cluster. */
    private static Map<String, WaitFigures> scopes(QueueFigures queue) {
        Map<String, WaitFigures> scopes = new LinkedHashMap<>();
        scopes.put("queue (cluster)", queue.cluster());
        if (queue.operators().size() > 1) {
            queue.operators().forEach((name, f) -> scopes.put("queue of operator " + name, f));
        }
        if (queue.streams().size() > 1) {
            queue.streams().forEach((name, f) -> scopes.put("queue of stream " + name, f));
        }
        return scopes;
    }

    /** A wait in the unit that reads best: {@code 42 s}, {@code 12.5 min}, {@code 3.20 h}. */
    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.2f h", seconds / 3600);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
