package org.yrdsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.yrdsim.metrics.Rounding;
import org.yrdsim.metrics.Summary;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code summary.json}, the contract between a run and everything that reads it. Every
 * number that is not whole is written as {@link Rounding} says, here and nowhere else.
 */
public final class SummaryJson {
    public static final String FILE = "summary.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .registerModule(new SimpleModule("rounding")
            .addSerializer(Double.class, new RoundedDouble())
            .addSerializer(Double.TYPE, new RoundedDouble())
            .addSerializer(double[].class, new RoundedDoubles()));

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

    private static final class RoundedDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeNumber(Rounding.figure(value));
        }
    }

    private static final class RoundedDoubles extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray(values, values.length);
            for (double v : values) {
                out.writeNumber(Rounding.figure(v));
            }
            out.writeEndArray();
        }
    }
}
