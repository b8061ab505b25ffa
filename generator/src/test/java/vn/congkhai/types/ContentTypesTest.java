package vn.congkhai.types;

import org.junit.jupiter.api.Test;
import vn.congkhai.content.Format;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.model.DisclosureType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry holds exactly one kind per JSON type of the contract, each with its schema and templates. */
class ContentTypesTest {

    @Test
    void everyJsonTypeHasOneKindAndNoMarkdownTypeHasOne() {
        for (DisclosureType type : DisclosureType.values()) {
            assertThat(ContentTypes.of(type).isPresent()).as(type.code()).isEqualTo(type.format() == Format.JSON);
            ContentTypes.of(type).ifPresent(kind -> assertThat(kind.type()).isEqualTo(type));
        }
        long json = Arrays.stream(DisclosureType.values()).filter(t -> t.format() == Format.JSON).count();
        assertThat(ContentTypes.all()).hasSize((int) json);
    }

    @Test
    void everyKindHasItsSchemaAndItsPageAndPrintoutTemplates() {
        List<String> missing = new ArrayList<>();
        for (DisclosureKind<?> kind : ContentTypes.all()) {
            String code = kind.type().code();
            for (String file : List.of("src/main/resources/schemas/" + code + ".schema.json",
                    "src/main/resources/theme/templates/" + code + ".pebble",
                    "src/main/resources/theme/templates/in/" + code + ".pebble")) {
                if (!Files.isRegularFile(Path.of(file))) {
                    missing.add(file);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void spreadsheetsImportIntoTheTypesThatMapThem() {
        assertThat(ContentTypes.spreadsheetCodes()).isEqualTo("ho-ngheo, ngan-sach, bang, gia-dat, boi-thuong");
        assertThat(ContentTypes.spreadsheet(DisclosureType.KE_HOACH)).isEmpty();
    }
}
