package org.yrdsim.scenario;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shipped scenarios with a few random defects (lines deleted, doubled or swapped, characters
 * changed, YAML oddities and bad bytes put in, the text cut short) fed to the reader: every
 * outcome must be a valid scenario or one clean refusal, a single line that starts with the file's
 * name and shows no exception class; anything else thrown fails the property. Few hundred tries,
 * fixed seed, so the run is short and repeatable.
 */
class MutatedScenarioPropertyTest {
    private static final List<String> TOKENS = List.of(".nan", "-.inf", "1e400", "99999999999999999999999", "*a", "&a x", "<<: {}",
        "---\n", "\"", "'", "? ", "!!binary x", "~", "[[[[[[[[", "{", "}", ": ", "- ", "\t", "\u0000", "\uFEFF", "0x1F", "1e30 TiB",
        "-1", "0", "1us", "seed: 1\nseed: 2\n", "\n  ", "é", "\uD83D\uDE00");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Za-z]*(Exception|Error)\\b");
    private static final List<Path> SHIPPED = shipped();
    private static Path dir;

    /** One defect: its kind, where it goes (a share of the text) and which token it puts in. */
    record Defect(int kind, double at, double other, int token) {
    }

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("yrdsim-mutated-");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<List<Defect>> defects() {
        Arbitrary<Defect> one = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, TOKENS.size() - 1)).as(Defect::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300, seed = "20240601", edgeCases = EdgeCasesMode.NONE)
    void everyMutationIsReadOrRefusedInOneLine(@ForAll("defects") List<Defect> defects,
                                               @ForAll("scenarioIndex") int scenario) throws IOException {
        byte[] text = Files.readAllBytes(SHIPPED.get(scenario));
        for (Defect d : defects) {
            text = apply(d, text);
        }
        Path file = dir.resolve("mutated.yaml");
        Files.write(file, text);
        try {
            ScenarioOverrides.read(file, List.of());
            Statistics.label("outcome").collect("read");
        } catch (ScenarioException e) {
            Statistics.label("outcome").collect("refused");
            String message = e.getMessage();
            assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
            assertTrue(message.startsWith(file.toString()), "does not start with the file: " + message);
            assertFalse(EXCEPTION_NAME.matcher(message).find(), "an exception shows through: " + message);
        }
    }

    @Provide
    Arbitrary<Integer> scenarioIndex() {
        return Arbitraries.integers().between(0, SHIPPED.size() - 1);
    }

    private static byte[] apply(Defect d, byte[] bytes) {
        if (d.kind() == 6) {
            int at = (int) (d.at() * bytes.length);
            byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
            System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
            out[at] = (byte) (0x80 + d.token());
            return out;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int line = Math.min(lines.size() - 1, (int) (d.at() * lines.size()));
        int other = Math.min(lines.size() - 1, (int) (d.other() * lines.size()));
        String token = TOKENS.get(d.token());
        switch (d.kind()) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> {
                String swapped = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, swapped);
            }
            case 3 -> {
                String l = lines.get(line);
                int at = (int) (d.other() * l.length());
                lines.set(line, l.substring(0, at) + token + l.substring(Math.min(l.length(), at + 1)));
            }
            case 4 -> lines.set(line, lines.get(line).replaceAll("\\d+(\\.\\d+)?", token));
            default -> {
                return Arrays.copyOf(bytes, (int) (d.at() * bytes.length));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<Path> shipped() {
        List<Path> files = new ArrayList<>();
        for (String folder : new String[]{"scenarios", "scenarios/bench"}) {
            try (Stream<Path> yaml = Files.list(Path.of(folder))) {
                yaml.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
