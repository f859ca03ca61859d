package org.yrdsim.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.yrdsim.metrics.Summary;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code summary.json}, the contract between a run and everything that reads it. */
public final class SummaryJson {
    public static final String FILE = "summary.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static void write(Summary summary, Path folder) throws IOException {
        writeTo(summary, folder.resolve(FILE));
    }

    /** Writes a summary, or anything holding summaries, as indented JSON to any file. */
    public static void writeTo(Object content, Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        JSON.writer(printer).writeValue(file.toFile(), content);
    }
}
