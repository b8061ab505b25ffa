package vn.congkhai.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

public class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON disclosures of the test sites and of the example commune, as their authors wrote them. */
    public static List<Path> writtenByHand() throws IOException {
        try (Stream<Path> sites = Files.walk(Path.of("src/test/resources/sites"));
             Stream<Path> example = Files.walk(Path.of("../communes/luc-ba/content"))) {
            return Stream.concat(sites, example).filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> p.toString().contains("/content/")).sorted().toList();
        }
    }

    @Test
    void everyDisclosureWrittenByHandKeepsItsDataAndIsWrittenTheSameTheSecondTime() throws IOException {
        List<Path> files = writtenByHand();
        assertThat(files).hasSizeGreaterThan(30);
        for (Path file : files) {
            JsonNode document = JSON.readTree(Files.readString(file));
            JsonNode schema = Schemas.of(DisclosureType.ofCode(document.path("type").asText()).orElseThrow())
                    .orElseThrow();
            String written = CanonicalJson.write(document, schema);
            JsonNode again = JSON.readTree(written);
            assertThat(again).as(file.toString()).isEqualTo(document);
            assertThat(keys(again)).as(file + ": every key, none twice").containsExactlyInAnyOrderElementsOf(
                    keys(document));
            assertThat(CanonicalJson.write(again, schema)).isEqualTo(written);
        }
    }

    /** Every key of the document, depth first, in order. */
    private static List<String> keys(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        node.fields().forEachRemaining(field -> {
            keys.add(field.getKey());
            keys.addAll(keys(field.getValue()));
        });
        node.elements().forEachRemaining(element -> {
            if (!node.isObject()) {
                keys.addAll(keys(element));
            }
        });
        return keys;
    }

    @Test
    void keysFollowTheSchemaTextIsNfcAndTheFileEndsWithANewline() throws IOException {
        JsonNode schema = Schemas.of(DisclosureType.HO_NGHEO).orElseThrow();
        JsonNode document = JSON.readTree("{\"ho\":[{\"chu_ho\":\"Trie\u0302\u0300u Thi\u0323 Hoa\",\"stt\":2}],"
                + "\"title\":\"Danh sách\",\"khac\":true}");
        assertThat(CanonicalJson.write(document, schema)).isEqualTo("""
                {
                  "title": "Danh sách",
                  "ho": [
                    {"stt": 2, "chu_ho": "Triều Thị Hoa"}
                  ],
                  "khac": true
                }
                """);
    }
}
