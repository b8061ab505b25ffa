package vn.congkhai.validate;

import vn.congkhai.model.Schemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congkhai.content.Format;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schemas officers' editors use: complete, documented in Vietnamese, consistent. */
class SchemaFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METADATA = List.of("title", "date", "ngay_hieu_luc", "status", "so_hieu",
            "co_quan", "muc_cong_khai", "niem_yet_tu", "niem_yet_den", "tep", "du_lieu_mau");

    @Test
    void everyJsonTypeHasASchema() {
        for (DisclosureType type : DisclosureType.values()) {
            assertThat(Schemas.of(type).isPresent()).as(type.code()).isEqualTo(type.format() == Format.JSON);
        }
    }

    @Test
    void everyPropertyAtEveryDepthHasAVietnameseTitleAndDescription() {
        Schemas.all().forEach((type, schema) -> walk(type.code(), "", schema));
    }

    @Test
    void everyCodeOfEveryListOfCodesIsGivenItsLabelInTheDescription() {
        Schemas.all().forEach((type, schema) -> codes(type.code(), "", schema));
    }

    /** Every {@code enum} under {@code node}: its description names each code with its label ({@link EnumLabels}). */
    private static void codes(String type, String at, JsonNode node) {
        if (node.has("enum")) {
            List<String> codes = new java.util.ArrayList<>();
            node.path("enum").forEach(c -> codes.add(c.asText()));
            EnumLabels labels = EnumLabels.of(node.path("description").asText(""), codes);
            for (String code : codes) {
                assertThat(labels.label(code)).as(type + at + ": the label of " + code).isPresent();
            }
        }
        node.fields().forEachRemaining(f -> codes(type, at + "/" + f.getKey(), f.getValue()));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                codes(type, at + "/" + i, node.get(i));
            }
        }
    }

    @Test
    void aLabelTypedForACodeIsAnsweredWithItsCode() {
        EnumLabels labels = EnumLabels.of("Loại hộ. ngheo: hộ nghèo; can-ngheo: hộ cận nghèo; thoat-ngheo: hộ thoát "
                + "nghèo.", List.of("ngheo", "can-ngheo", "thoat-ngheo"));
        assertThat(labels.label("can-ngheo")).hasValue("hộ cận nghèo");
        assertThat(labels.meant("Hộ nghèo")).hasValue("ngheo");
        assertThat(labels.meant("HỘ CẬN NGHÈO ")).hasValue("can-ngheo");
        assertThat(labels.meant("Thoát nghèo")).hasValue("thoat-ngheo");
        assertThat(labels.meant("hộ khá")).isEmpty();
    }

    @Test
    void theCommonMetadataIsDefinedIdenticallyInEverySchema() {
        Map<DisclosureType, JsonNode> all = Schemas.all();
        JsonNode first = all.values().iterator().next();
        for (JsonNode schema : all.values()) {
            for (String key : METADATA) {
                assertThat(schema.path("properties").path(key)).as(key).isEqualTo(first.path("properties").path(key));
            }
        }
    }

    private static void walk(String type, String at, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String where = type + at + "/" + f.getKey();
            if (!f.getKey().equals("$schema")) {
                assertThat(f.getValue().path("title").asText()).as(where + " title").isNotBlank();
                assertThat(f.getValue().path("description").asText()).as(where + " description").isNotBlank();
            }
            walk(type, at + "/" + f.getKey(), f.getValue());
            walk(type, at + "/" + f.getKey() + "[]", f.getValue().path("items"));
        }
        schema.path("definitions").fields().forEachRemaining(d -> walk(type, "#" + d.getKey(), d.getValue()));
    }
}
