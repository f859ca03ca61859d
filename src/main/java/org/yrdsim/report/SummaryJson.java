package org.yrdsim.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code summary.json}, the contract between a run and everything that reads it. */
public final class SummaryJson {
    public static final String FILE = "summary.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static void write(Map<String, Object> summary, Path folder) throws IOException {
        writeTo(summary, folder.resolve(FILE));
    }

    /** Writes a map as indented JSON to any file. */
    public static void writeTo(Map<String, Object> content, Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        JSON.writer(printer).writeValue(file.toFile(), content);
    }
}
