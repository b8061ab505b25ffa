package vn.congkhai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.content.MarkdownLimits;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example commune's files as officers' tools see them: within the Markdown limits, pointing to their schema. */
class ExampleContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyMarkdownFileIsWithinTheMarkdownLimits() throws IOException {
        List<Path> files = files(".md");
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            MarkdownHeader.Parsed parsed = MarkdownHeader.parse(file.toString(),
                    Files.readAllLines(file, StandardCharsets.UTF_8));
            assertThat(MarkdownLimits.check(file.toString(), parsed.body(), parsed.bodyLine())).as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void everyJsonFilePointsToTheSchemaTheGoalsWriteForEditors() throws IOException {
        Path commune = FixtureSite.example();
        List<Path> files = files(".json");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode json = JSON.readTree(file.toFile());
            DisclosureType type = DisclosureType.ofCode(json.path("type").asText()).orElseThrow();
            assertThat(file.getParent().resolve(json.path("$schema").asText()).normalize()).as(file.toString())
                    .isEqualTo(Schemas.editorFile(commune, type));
        }
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(FixtureSite.example().resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
