package org.yrdsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command explains itself, and --version says which build this is. */
class HelpAndVersionTest {
    @Test
    void everySubcommandTakesHelpAndTheHelpCommandShowsTheSame() {
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            for (String option : new String[]{"--help", "-h"}) {
                CliOutcome o = CliOutcome.run(name, option);
                assertEquals(0, o.code(), name + " " + option + ": " + o.err());
                assertTrue(o.out().contains("Usage: yrdsim " + name), name + " " + option + ": " + o.out());
            }
            if (!name.equals("help")) {
                assertEquals(CliOutcome.run(name, "--help").out(), CliOutcome.run("help", name).out(), "help " + name);
            }
        }
    }

    @Test
    void versionIsTheProjectVersionFromTheBuild() throws Exception {
        Matcher m = Pattern.compile("<artifactId>yrdsim</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "no project version in pom.xml");
        String expected = "yrdsim " + m.group(1);
        assertEquals(expected, CliOutcome.run("--version").out().strip());
        assertEquals(expected, CliOutcome.run("run", "--version").out().strip(), "subcommands know it too");
    }

    @Test
    void verboseIsTakenByEveryCommand() {
        CommandLine cli = Main.commandLine();
        cli.getSubcommands().forEach((name, sub) ->
            assertTrue(sub.getCommandSpec().findOption("--verbose") != null, name + " lacks --verbose"));
    }

    @Test
    void withoutATerminalARunPrintsNoProgressAndNoEscapeCodes(@TempDir Path results) {
        CliOutcome o = CliOutcome.run("validate", "src/test/resources/scenarios/tiny.yaml");
        assertEquals(0, o.code(), o.err());
        CliOutcome run = CliOutcome.run("run", "src/test/resources/scenarios/compare-tiny.yaml", "--replications", "2",
            "--results", results.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "no progress lines in a log");
        assertFalse(run.out().contains("\u001b") || run.out().contains("\r"), "no escape codes or carriage returns: " + run.out());
    }
}
