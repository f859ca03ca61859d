package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One-defect copies of a scenario that YAML or a careless reader would take in silently or
 * misreport: each must be refused by {@code run} with exit code 2, in one line at the defect's
 * line and column and key, and leave an earlier run's results as they were.
 */
class BrokenScenarioCorpusTest {
    private static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");

    @TempDir
    Path dir;

    private String tiny() throws IOException {
        return Files.readString(TINY);
    }

    /** Runs the broken file into a results folder holding an earlier run, and checks the refusal and the folder. */
    private void assertRunRefused(Path file, String... parts) throws IOException {
        Path results = dir.resolve("results");
        Map<String, String> before = Refusal.seedResults(results);
        CliOutcome o = CliOutcome.run("run", file.toString(), "--results", results.toString());
        String[] all = new String[parts.length + 1];
        all[0] = "error: " + file + ":";
        System.arraycopy(parts, 0, all, 1, parts.length);
        Refusal.assertRefused(o, Main.BAD_INPUT, all);
        assertEquals(before, Refusal.snapshot(results), "results/ changed");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, text);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        duplicate seed           | '  seed: 7\\n'               | '  seed: 7\\n  seed: 8\\n'                  | 9:7: | simulation.seed: | given twice (first on line 8)
        duplicate pue            | 'pue: 1.2,'                  | 'pue: 1.2, pue: 1.3,'                       | 13:   | sites[0].pue:   | given twice
        seed beyond a long       | 'seed: 7'                    | 'seed: 99999999999999999999999'             | 8:9: | simulation.seed: | whole number from
        memory of 1e30 TiB       | 'memory: 64 GiB'             | 'memory: 1e30 TiB'                          | 19:  | hostTypes[0].memory: | more than 1 PiB
        1e13 hosts               | 'small: 4}'                  | 'small: 10000000000000}'                    | 26:  | operators[0].datacenters[0].hosts.small: | 2147483647
        pue of .nan              | 'pue: 1.2,'                  | 'pue: .nan,'                                | 13:  | sites[0].pue:   | must be a finite number
        pue of .inf              | 'pue: 1.4,'                  | 'pue: .inf,'                                | 14:  | sites[1].pue:   | must be a finite number
        pue of 1e400             | 'pue: 1.4,'                  | 'pue: 1e400,'                               | 14:  | sites[1].pue:   | must be a finite number
        host cores 1e6           | 'cores: 16'                  | 'cores: 1000000'                            | 17:  | hostTypes[0].cores: | from 1 to 10000
        flavour of 0.0005 core   | '{cores: 2, memory: 8 GiB'   | '{cores: 0.0005, memory: 8 GiB'             | 37:  | workloads[0].flavours[0].cores: | must be between 0.001 and 10000
        flavour of 0.0015 core   | '{cores: 2, memory: 8 GiB'   | '{cores: 0.0015, memory: 8 GiB'             | 37:  | workloads[0].flavours[0].cores: | must be a multiple of 0.001
        alias                    | '  seed: 7'                  | '  seed: &s 7\\n  scale: *s'                | 9:   | simulation.scale: | aliases (*s) are not supported; write the value out, or share request shapes under shapes:
        merge key                | '    arrivals: {rate: 15/h}' | '    <<: {arrivals: {rate: 15/h}}'          | 44:  | workloads[1].<<: | merge keys (<<:) are not supported
        admission misspelt       | '    arrivals: {rate: 15/h}' | '    arrivals: {rate: 15/h}\n    admission: wait' | 45:16: | workloads[1].admission: | expected 'reject' or a queue such as {queue: fifo, maxWait: 6h, priority: 1}; found 'wait'
        unknown discipline       | '    arrivals: {rate: 15/h}' | '    arrivals: {rate: 15/h}\n    admission: {queue: lifo}' | 45:24: | workloads[1].admission.queue: | 'lifo' is not one of fifo, easy-backfill
        maxWait without a unit   | '    arrivals: {rate: 15/h}' | '    arrivals: {rate: 15/h}\n    admission: {queue: fifo, maxWait: 6}' | 45:39: | workloads[1].admission.maxWait: | '6' has no unit; expected a duration
        maxWait of 0             | '    arrivals: {rate: 15/h}' | '    arrivals: {rate: 15/h}\n    admission: {queue: fifo, maxWait: 0h}' | 45: | workloads[1].admission.maxWait: | must be greater than zero
        negative priority        | '    arrivals: {rate: 15/h}' | '    arrivals: {rate: 15/h}\n    admission: {queue: fifo, priority: -1}' | 45: | workloads[1].admission.priority: | from 0 to 1000
        queue key misspelt       | '    arrivals: {rate: 15/h}' | '    arrivals: {rate: 15/h}\n    admission: {queue: fifo, maxwait: 1h}' | 45:39: | workloads[1].admission.maxwait: | unknown key 'maxwait'
        sharing priority 5000    | 'overflow: true'             | 'overflow: false\\nsharing: {agreements: [{lender: red, borrower: blue, mode: overflow, priority: 5000}]}' | 51:80: | sharing.agreements[0].priority: | from 0 to 1000
        """)
    void oneDefectInTheText(String kind, String text, String replacement, String line, String key, String problem) throws IOException {
        String original = tiny();
        String broken = original.replace(text.replace("\\n", "\n"), replacement.replace("\\n", "\n"));
        assertEquals(false, broken.equals(original), "the defect was not put in: " + kind);
        assertRunRefused(write(broken), line, key, problem);
    }

    @Test
    void aWholeSectionGivenTwice() throws IOException {
        String twice = tiny() + "placement:\n  hostPolicy: first-fit\n";
        assertRunRefused(write(twice), "51:10: placement: the key 'placement' is given twice (first on line 48)");
    }

    @Test
    void aSecondDocument() throws IOException {
        assertRunRefused(write(tiny() + "---\nname: other\n"), "52:1: a second YAML document starts here");
    }

    @Test
    void aByteOrderMarkInTheMiddle() throws IOException {
        String text = tiny();
        int line8 = text.indexOf("  seed: 7");
        Path file = write("\uFEFF" + text.substring(0, line8) + "\uFEFF" + text.substring(line8));
        assertRunRefused(file, "8:1: a byte-order mark (U+FEFF) in the middle of the file");
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        byte[] text = tiny().getBytes(StandardCharsets.UTF_8);
        int line8 = tiny().indexOf("  seed: 7") + "  seed: ".length();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(text, 0, line8);
        bytes.write(new byte[]{(byte) 0xC3, (byte) 0x28});
        bytes.write(text, line8, text.length - line8);
        Path file = dir.resolve("latin.yaml");
        Files.write(file, bytes.toByteArray());
        assertRunRefused(file, "8:9: the file is not UTF-8 text: byte 0xC3 at offset " + line8);
    }

    @Test
    void aNulByte() throws IOException {
        assertRunRefused(write(tiny().replace("warmup: 1h", "warmup: 1h\u0000")), "7:13: a control character (U+0000)");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);
        Path file = dir.resolve("garbage.yaml");
        Files.write(file, garbage);
        assertRunRefused(file, "1:", "the file is not UTF-8 text");
    }

    @Test
    void aFileTooLargeToBeAScenario() throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "# " + "x".repeat(4 << 20) + "\n" + tiny());
        assertRunRefused(file, " is " + Files.size(file) + " bytes; a scenario file is at most 3145728 bytes");
    }
}
