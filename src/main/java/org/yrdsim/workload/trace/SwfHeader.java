package org.yrdsim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The start of a Standard Workload Format log as its header gives it: {@code ; UnixStartTime:}
 * (UTC seconds of submit time 0) in the zone of {@code ; TimeZoneString:} (a tz database name), or
 * of the older {@code ; TimeZone:} (seconds east of UTC) when that is all there is.
 */
public final class SwfHeader {
    private SwfHeader() {
    }

    /** The log's start in its local time, or empty when the header does not give both the instant and a zone. */
    public static Optional<ZonedDateTime> start(Path file) {
        Long unixStart = null;
        ZoneId zone = null;
        ZoneId offset = null;
        TraceFiles.requireFile(file);
        try (TraceLines lines = TraceFiles.open(file)) {
            for (String line = lines.readLine(); line != null && (line.isBlank() || line.stripLeading().startsWith(";"));
                 line = lines.readLine()) {
                String field = line.stripLeading().substring(line.isBlank() ? 0 : 1).strip();
                String value = field.contains(":") ? field.substring(field.indexOf(':') + 1).strip() : "";
                try {
                    if (field.startsWith("UnixStartTime:")) {
                        unixStart = Long.parseLong(value);
                    } else if (field.startsWith("TimeZoneString:")) {
                        zone = ZoneId.of(value);
                    } else if (field.startsWith("TimeZone:")) {
                        offset = ZoneOffset.ofTotalSeconds(Integer.parseInt(value));
                    }
                } catch (NumberFormatException | DateTimeException e) {
                    throw new TraceException("%s: header line '%s' is not a number or a time zone".formatted(file, line.strip()));
                }
            }
        } catch (IOException e) {
            throw new TraceException("cannot read trace file %s: %s".formatted(file, e.getMessage()), e);
        }
        ZoneId where = zone != null ? zone : offset;
        return unixStart == null || where == null ? Optional.empty()
            : Optional.of(Instant.ofEpochSecond(unixStart).atZone(where));
    }
}
