package org.yrdsim.workload.trace;

import java.io.IOException;
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
        try (TraceLines reader = TraceFiles.open(file)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 8) {
                    throw new TraceFormatException(file, lineNumber,
                        "expected 8 columns of Google 2011 job_events, found " + fields.length);
                }
                if (!fields[4].isBlank()) {
                    users.putIfAbsent(fields[2].strip(), fields[4].strip());
                }
            }
        } catch (IOException e) {
            throw new TraceException("cannot read trace file %s: %s".formatted(file, e.getMessage()), e);
        }
        return users;
    }
}
