package org.yrdsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/scenario.schema.json, the schema editors use for completion and early warnings: every
 * shipped scenario passes it and points to it, and it does catch a mistyped key.
 */
class ScenarioSchemaTest {
    private static final Path SCHEMA = Path.of("docs/scenario.schema.json");
    private static final String MODELINE = "# yaml-language-server: $schema=";
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyShippedScenarioPassesTheSchema() throws IOException {
        JsonSchema schema = schema();
        List<Path> files = shipped();
        assertTrue(files.size() >= 10, "shipped scenarios found: " + files);
        for (Path file : files) {
            Set<ValidationMessage> errors = schema.validate(YAML.readTree(file.toFile()));
            assertEquals(Set.of(), errors, file.toString());
        }
    }

    @Test
    void everyShippedScenarioPointsEditorsToTheSchemaOnItsFirstLine() throws IOException {
        for (Path file : shipped()) {
            String first = Files.readAllLines(file).get(0);
            assertTrue(first.startsWith(MODELINE), file + ": " + first);
            Path target = file.getParent().resolve(first.substring(MODELINE.length()).strip()).normalize();
            assertEquals(SCHEMA.normalize(), target, file + " points elsewhere");
        }
    }

    @Test
    void aMistypedKeyAndAMissingUnitAreCaught() throws IOException {
        JsonSchema schema = schema();
        ObjectNode scenario = (ObjectNode) YAML.readTree(Path.of("scenarios/yrd-baseline.yaml").toFile());
        ((ObjectNode) scenario.get("placement")).put("hostPolcy", "best-fit");
        assertFalse(schema.validate(scenario).isEmpty(), "unknown key placement.hostPolcy");

        ObjectNode unitless = (ObjectNode) YAML.readTree(Path.of("scenarios/yrd-baseline.yaml").toFile());
        ((ObjectNode) unitless.get("hostTypes").get(0)).put("memory", 384);
        Set<ValidationMessage> errors = schema.validate(unitless);
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("memory")), errors.toString());
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            JsonNode node = YAML.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        }
    }

    private static List<Path> shipped() throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of("scenarios"))) {
            return paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
