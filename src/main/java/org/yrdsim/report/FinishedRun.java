package org.yrdsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yrdsim.BadInputException;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.Summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run read back from its results folder (never re-run): its summary, its figures and the
 * cluster rows of its time series.
 *
 * @param cluster cluster time series by column of timeseries.csv ({@code time_s}, {@code allocated_cpu}, ...)
 */
public record FinishedRun(Path folder, String name, Summary summary, ReplicatedFigures figures,
                          Map<String, double[]> cluster) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a results folder, refusing one without a summary or with a summary of another schema version. */
    public static FinishedRun read(Path folder) {
        Summary summary = summary(folder);
        return new FinishedRun(folder, folder.toAbsolutePath().normalize().getFileName().toString(), summary,
            ReplicatedFigures.from(summary), clusterSeries(folder));
    }

    /** The summary of a results folder, checked for its schema version and for the blocks every reader needs. */
    public static Summary summary(Path folder) {
        Path file = folder.resolve(SummaryJson.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(folder + " is not a finished run: it has no " + SummaryJson.FILE);
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BadInputException("%s is not JSON (line %d): %s".formatted(file,
                e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new BadInputException(file + " cannot be read: " + e.getMessage());
        }
        JsonNode version = summary.path("schemaVersion");
        if (!version.isNumber() || version.intValue() != Summary.SCHEMA_VERSION) {
            throw new BadInputException("%s has schema version %s, but this yrdsim reads version %d: run it again with this version"
                .formatted(file, version, Summary.SCHEMA_VERSION));
        }
        String missing = missingPart(summary);
        if (missing != null) {
            throw new BadInputException("%s is not a whole yrdsim summary: it lacks %s; run it again".formatted(file, missing));
        }
        try {
            return Summary.fromJson(summary);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException("%s is not a whole yrdsim summary: %s; run it again".formatted(file,
                e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The first part a reader relies on that the summary lacks or has in the wrong shape, or null. */
    private static String missingPart(JsonNode summary) {
        if (!summary.path("scenario").path("seed").isNumber()) {
            return "scenario.seed";
        }
        if (!summary.path("arrivals").isNumber()) {
            return "the cluster figures (arrivals, ...)";
        }
        JsonNode replications = summary.get("replications");
        if (replications == null || replications.isNull()) {
            return null;
        }
        if (!numbers(replications.get("seeds")) || !replications.path("figures").isObject()) {
            return "a replications block with seeds and figures";
        }
        int n = replications.get("seeds").size();
        for (JsonNode figure : replications.get("figures")) {
            if (!numbers(figure.get("values")) || figure.get("values").size() != n) {
                return "one value per seed for every replicated figure";
            }
        }
        return null;
    }

    private static boolean numbers(JsonNode list) {
        if (list == null || !list.isArray()) {
            return false;
        }
        for (JsonNode element : list) {
            if (!element.isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, double[]> clusterSeries(Path folder) {
        Path file = folder.resolve(TimeseriesCsv.FILE);
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null || !headerLine.startsWith("time_s,scope,")) {
                throw new BadInputException(file + " does not start with the header of a yrdsim time series (time_s,scope,...)");
            }
            String[] header = headerLine.split(",", -1);
            Arrays.stream(header).forEach(h -> columns.put(h, new ArrayList<>()));
            String line;
            long lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String[] cells = line.split(",", -1);
                if (cells.length == header.length && cells[1].equals("cluster")) {
                    for (int i = 0; i < header.length; i++) {
                        columns.get(header[i]).add(i == 1 || cells[i].isEmpty() ? Double.NaN : number(cells[i], file, lineNumber));
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException(folder + " has no readable " + TimeseriesCsv.FILE + ": " + e.getMessage());
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        columns.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    private static double number(String cell, Path file, long line) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new BadInputException("%s, line %d: '%s' is not a number".formatted(file, line, cell));
        }
    }

    public String description() {
        return summary.scenario().description();
    }
}
