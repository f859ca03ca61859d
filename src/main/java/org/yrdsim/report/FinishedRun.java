package org.yrdsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yrdsim.BadInputException;
import org.yrdsim.metrics.ReplicatedFigures;
import org.yrdsim.metrics.Replications;
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
public record FinishedRun(Path folder, String name, Map<String, Object> summary, ReplicatedFigures figures,
                          Map<String, double[]> cluster) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a results folder, refusing one without a summary or with a summary of another schema version. */
    public static FinishedRun read(Path folder) {
        Map<String, Object> summary = summary(folder);
        return new FinishedRun(folder, folder.toAbsolutePath().normalize().getFileName().toString(), summary,
            ReplicatedFigures.from(summary), clusterSeries(folder));
    }

    /** The summary of a results folder, checked for its schema version and for the blocks every reader needs. */
    public static Map<String, Object> summary(Path folder) {
        Path file = folder.resolve(SummaryJson.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(folder + " is not a finished run: it has no " + SummaryJson.FILE);
        }
        Map<String, Object> summary;
        try {
            summary = JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new BadInputException("%s is not JSON (line %d): %s".formatted(file,
                e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new BadInputException(file + " cannot be read: " + e.getMessage());
        }
        Object version = summary.get("schemaVersion");
        if (!(version instanceof Number n) || n.intValue() != Summary.SCHEMA_VERSION) {
            throw new BadInputException("%s has schema version %s, but this yrdsim reads version %d: run it again with this version"
                .formatted(file, version, Summary.SCHEMA_VERSION));
        }
        String missing = missingPart(summary);
        if (missing != null) {
            throw new BadInputException("%s is not a whole yrdsim summary: it lacks %s; run it again".formatted(file, missing));
        }
        return summary;
    }

    /** The first part a reader relies on that the summary lacks or has in the wrong shape, or null. */
    private static String missingPart(Map<String, Object> summary) {
        if (!(summary.get("scenario") instanceof Map<?, ?> scenario) || !(scenario.get("seed") instanceof Number)) {
            return "scenario.seed";
        }
        if (!(summary.get("arrivals") instanceof Number)) {
            return "the cluster figures (arrivals, ...)";
        }
        Object block = summary.get(Replications.KEY);
        if (block == null) {
            return null;
        }
        if (!(block instanceof Map<?, ?> replications) || !numbers(replications.get("seeds"))
            || !(replications.get("figures") instanceof Map<?, ?> figures)) {
            return "a replications block with seeds and figures";
        }
        int n = ((List<?>) replications.get("seeds")).size();
        for (Object figure : figures.values()) {
            if (!(figure instanceof Map<?, ?> f) || !numbers(f.get("values")) || ((List<?>) f.get("values")).size() != n) {
                return "one value per seed for every replicated figure";
            }
        }
        return null;
    }

    private static boolean numbers(Object list) {
        return list instanceof List<?> l && l.stream().allMatch(Number.class::isInstance);
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

    @SuppressWarnings("unchecked")
    public String description() {
        Object scenario = summary.get("scenario");
        return scenario instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).getOrDefault("description", "")) : "";
    }

    /** A number the summary records about its scenario ({@code warmupS}, {@code durationS}), or 0 if absent. */
    @SuppressWarnings("unchecked")
    public double scenarioFact(String key) {
        Object scenario = summary.get("scenario");
        return scenario instanceof Map<?, ?> m && ((Map<String, Object>) m).get(key) instanceof Number n ? n.doubleValue() : 0;
    }
}
