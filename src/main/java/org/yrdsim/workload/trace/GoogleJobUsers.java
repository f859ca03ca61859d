package org.yrdsim.workload.trace;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Google clusterdata-2011 {@code job_events} read for each job's user, which task_events rows
 * lack when their missing_info is set. Columns: time, missing_info, job_id, event_type, user,
 * scheduling_class, job_name, logical_job_name. One map entry per job.
 */
final class GoogleJobUsers {
    private GoogleJobUsers() {
    }

    static Map<String, String> read(Path file) {
        TraceFiles.requireFile(file);
        Map<String, String> users = new HashMap<>();
        try (TraceRows rows = new TraceRows(file, new TraceReport(), (line, lineNumber) -> line.startsWith("#"), false)) {
            for (String line = rows.next(); line != null; line = rows.next()) {
                String[] fields = line.split(",", -1);
                if (fields.length != 8) {
                    throw rows.refuse("expected 8 columns of Google 2011 job_events, found " + fields.length);
                }
                if (!fields[4].isBlank()) {
                    users.putIfAbsent(fields[2].strip(), fields[4].strip());
                }
            }
        }
        return users;
    }
}
