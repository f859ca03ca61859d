package org.yrdsim.workload.trace;

import org.yrdsim.scenario.trace.TraceMapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Google clusterdata-2011 {@code task_events}: comma-separated events in time order, no header.
 *
 * <pre>
 *  1 time                 microseconds; 0 = before the trace, 2^63-1 = after it
 *  2 missing_info
 *  3 job_id
 *  4 task_index
 *  5 machine_id
 *  6 event_type           0 submit, 1 schedule, 2 evict, 3 fail, 4 finish, 5 kill, 6 lost,
 *                         7 update pending, 8 update running
 *  7 user                 taken as the owner (from job_events when empty here)
 *  8 scheduling_class
 *  9 priority
 * 10 cpu_request          share of the largest machine's cores (0..1)
 * 11 memory_request       share of the largest machine's memory (0..1)
 * 12 disk_space_request
 * 13 different_machines_restriction
 * </pre>
 * Each SUBMIT opens an incarnation of a task (tasks are resubmitted after evict, fail, kill or
 * lost). The request arrives at the SUBMIT and lives for the time the task actually ran, from its
 * SCHEDULE to the event that ends it (2-6): the simulator does its own queueing, so Google's wait
 * is not part of the VM's life. Sizes are those of the SUBMIT, overridden by UPDATE_PENDING before
 * the SCHEDULE (a request cannot change size once placed, so UPDATE_RUNNING is ignored).
 * Special times: 0 is taken as trace time 0 (the trace start, the earliest it can be), so the tasks
 * of the first shard already running when the trace starts (SCHEDULE at 0) run from the start; an
 * ending event at 2^63-1 means the task outlives the trace (infinite lifetime); a SUBMIT or SCHEDULE at
 * 2^63-1 is malformed, and so is an ending event of a task with no CPU or memory request in
 * any of its events. A request of 0 (Google has tasks asking for no CPU) gets the smallest VM,
 * 1 core or 1 MiB, by the mapping's rounding. Tasks scheduled but not ended by the end of the file live to the end
 * (infinite lifetime).
 *
 * <p>A shard after the first begins in the middle of the cell's life: the tasks submitted in an
 * earlier shard show up only by their later events. Such a task is taken as submitted at the
 * file's first event and its state read from its first event here: a SCHEDULE (it was waiting),
 * an UPDATE_PENDING (waiting, with new sizes), an UPDATE_RUNNING or an ending event on a machine
 * (it was running since at least the file's first event, with the sizes of that row). An ending
 * event with no machine ends a task that never ran. Tasks that run through the whole file without
 * an event cannot be seen, so such a shard's initial state is a lower bound.
 * Skipped and counted: incarnations that ended before being scheduled, tasks still pending at
 * the end of the file, and tasks from an earlier shard whose events here give no size.
 *
 * <p>Memory: one entry per task alive or pending at once (the open incarnations), not per row;
 * they are kept in SUBMIT order so the requests flushed at the end come out in a fixed order.
 * Row key for sampling: job_id/task_index (all incarnations of a task together).
 */
final class GoogleTaskEventsParser implements TaskParser {
    private static final double MICROS = 1e6;

    private static final class Open {
        final double submit;
        double schedule = Double.NaN;
        double cpu;
        double memory;
        final String user;
        /** Submitted in an earlier shard: its sizes are only what this file's events say. */
        boolean fromEarlierShard;

        Open(double submit, double cpu, double memory, String user) {
            this.submit = submit;
            this.cpu = cpu;
            this.memory = memory;
            this.user = user;
        }
    }

    private final TraceMapping mapping;
    private final Map<String, String> usersByJob;
    private final Map<String, Open> open = new LinkedHashMap<>();
    /** Trace seconds of the file's first event: tasks from earlier shards are taken as submitted then. */
    private double firstTime = Double.NaN;

    /** @param usersByJob users from job_events, for task rows whose user is empty (may be empty) */
    GoogleTaskEventsParser(TraceMapping mapping, Map<String, String> usersByJob) {
        this.mapping = mapping;
        this.usersByJob = usersByJob;
    }

    @Override
    public boolean isHeader(String line, long lineNumber) {
        return line.startsWith("#");
    }

    @Override
    public void parse(String line, TaskSink out) throws BadRow {
        Fields f = Fields.csv(line, 13, "Google 2011 task_events");
        long micros = f.longValue(0, "time");
        String job = f.text(2);
        String key = job + "/" + f.text(3);
        long type = f.longValue(5, "event_type");
        if (type < 0 || type > 8) {
            throw BadRow.value("event_type must be 0..8, found " + type);
        }
        if (Double.isNaN(firstTime)) {
            firstTime = seconds(micros);
        }
        if (type == 0) {
            submit(key, micros, job, f, out);
            return;
        }
        Open task = open.get(key);
        if (task == null) {
            task = fromEarlierShard(key, type, job, f);
        }
        if (type == 1) {
            schedule(task, micros, f);
        } else if (type == 7) {
            if (Double.isNaN(task.schedule)) {
                updateSizes(task, f);
            }
        } else if (type != 8) {
            end(key, task, micros, out);
        }
    }

    /**
     * A task whose SUBMIT is in an earlier shard, as submitted at this file's first event: waiting
     * then if this first event schedules or updates it while pending (or ends it off any machine),
     * running since then if it runs here (an update while running, or an ending event on a machine).
     */
    private Open fromEarlierShard(String key, long type, String job, Fields f) throws BadRow {
        var task = new Open(firstTime, Double.NaN, Double.NaN, user(job, f));
        task.fromEarlierShard = true;
        updateSizes(task, f);
        boolean running = type == 8 || (type >= 2 && type <= 6 && !f.isEmpty(4));
        if (running) {
            task.schedule = firstTime;
        }
        open.put(key, task);
        return task;
    }

    @Override
    public void finish(TaskSink out) {
        for (var entry : open.entrySet()) {
            Open task = entry.getValue();
            if (Double.isNaN(task.schedule)) {
                out.skip("still pending at the end of the file");
            } else if (sizeProblem(task) != null) {
                out.skip("no CPU or memory request in any of its events");
            } else {
                emit(entry.getKey(), task, Double.POSITIVE_INFINITY, out);
            }
        }
        open.clear();
    }

    private void submit(String key, long micros, String job, Fields f, TaskSink out) throws BadRow {
        if (micros == Long.MAX_VALUE) {
            throw BadRow.value("SUBMIT after the end of the trace (time 2^63-1)");
        }
        double cpu = f.isEmpty(9) ? Double.NaN : f.doubleValue(9, "cpu_request");
        double memory = f.isEmpty(10) ? Double.NaN : f.doubleValue(10, "memory_request");
        if (open.put(key, new Open(seconds(micros), cpu, memory, user(job, f))) != null) {
            out.skip("resubmitted without an ending event");
        }
    }

    private String user(String job, Fields f) {
        return f.isEmpty(6) ? usersByJob.getOrDefault(job, "") : f.text(6);
    }

    private void schedule(Open task, long micros, Fields f) throws BadRow {
        if (micros == Long.MAX_VALUE) {
            throw BadRow.value("SCHEDULE after the end of the trace (time 2^63-1)");
        }
        task.schedule = seconds(micros);
        if (Double.isNaN(task.cpu) || Double.isNaN(task.memory)) {
            updateSizes(task, f);
        }
    }

    private void end(String key, Open task, long micros, TaskSink out) throws BadRow {
        open.remove(key);
        if (Double.isNaN(task.schedule)) {
            out.skip("ended before being scheduled");
        } else {
            double end = micros == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : seconds(micros);
            String problem = sizeProblem(task);
            if (problem != null && task.fromEarlierShard) {
                out.skip("from an earlier shard, with no CPU or memory request in its events here");
                return;
            }
            if (problem != null) {
                throw BadRow.value(key + ": " + problem);
            }
            if (end < task.schedule) {
                throw BadRow.value("%s ends at %s s, before its SCHEDULE at %s s".formatted(key, end, task.schedule));
            }
            emit(key, task, end, out);
        }
    }

    private static String sizeProblem(Open task) {
        return task.cpu >= 0 && task.memory >= 0 ? null
            : "no CPU or memory request in its events (cpu %s, memory %s)".formatted(task.cpu, task.memory);
    }

    private void emit(String key, Open task, double end, TaskSink out) {
        out.accept(new TraceTask(key, task.submit, task.schedule, end - task.schedule, 1, mapping.milliCoresOfShare(task.cpu),
            mapping.memoryOfShare(task.memory), task.user, Double.NaN));
    }

    private static void updateSizes(Open task, Fields f) throws BadRow {
        if (!f.isEmpty(9)) {
            task.cpu = f.doubleValue(9, "cpu_request");
        }
        if (!f.isEmpty(10)) {
            task.memory = f.doubleValue(10, "memory_request");
        }
    }

    private static double seconds(long micros) {
        return micros / MICROS;
    }
}
