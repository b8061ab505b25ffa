package vn.congkhai.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.content.Format;
import vn.congkhai.kind.FieldColumn;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;
import vn.congkhai.types.ContentTypes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new file ({@code tao}) held against its type's description without a bake: its fields are the schema's, in the
 * schema's order, every required one among them; a list's sample row has the fields the spreadsheet description
 * reads and every field the row requires. ({@code ScaffoldIT} bakes each new file through the real checks.)
 */
class ScaffoldSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static List<DisclosureType> jsonTypes() {
        return Arrays.stream(DisclosureType.values()).filter(t -> t.format() == Format.JSON).toList();
    }

    static List<DisclosureType> described() {
        return jsonTypes().stream().filter(t -> ContentTypes.spreadsheet(t)
                .map(s -> !s.columns().fields().isEmpty()).orElse(false)).toList();
    }

    private JsonNode created(DisclosureType type) throws IOException {
        return JSON.readTree(new Scaffold(tmp, LocalDate.of(2024, 6, 30)).create(type, "moi").toFile());
    }

    @ParameterizedTest
    @MethodSource("jsonTypes")
    void aNewFileHasTheSchemasFieldsInItsOrderAndEveryRequiredOne(DisclosureType type) throws IOException {
        JsonNode schema = Schemas.of(type).orElseThrow();
        List<String> order = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(order::add);
        List<String> written = new ArrayList<>();
        created(type).fieldNames().forEachRemaining(written::add);

        assertThat(order).as(type.code() + ": fields of the schema").containsAll(written);
        assertThat(written).as(type.code() + ": in the schema's order")
                .isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
        schema.path("required").forEach(r -> assertThat(written).as(type.code()).contains(r.asText()));
    }

    @ParameterizedTest
    @MethodSource("described")
    void theSampleRowOfANewListHasTheDescribedFieldsTheRowRequires(DisclosureType type) throws IOException {
        ListColumns columns = ContentTypes.spreadsheet(type).orElseThrow().columns();
        JsonNode row = created(type).path(columns.list()).path(0);
        List<String> written = new ArrayList<>();
        row.fieldNames().forEachRemaining(written::add);
        List<String> described = columns.fields().stream().map(FieldColumn::field).toList();

        assertThat(described).as(type.code() + ": sample row's fields are described").containsAll(written);
        columns.rowSchema().path("required").forEach(r -> assertThat(written).as(type.code()).contains(r.asText()));
        assertThat(written).as(type.code() + ": in the described order")
                .isSortedAccordingTo(java.util.Comparator.comparingInt(described::indexOf));
    }
}
