package vn.congkhai.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.budget.Budget;
import vn.congkhai.budget.BudgetKind;
import vn.congkhai.budget.BudgetLine;
import vn.congkhai.budget.BudgetStage;
import vn.congkhai.kind.FieldColumn;
import vn.congkhai.kind.ListColumns;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.spreadsheet.SheetLayout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each type's spreadsheet description held against its JSON Schema file (src/main/resources/schemas): a described
 * field is a field of the list's row, of a type its cell can be read into; every field the row requires is
 * described; a sheet headed with the schema's own titles finds every described field in its own column; and the
 * open data has the published fields under the schema's titles.
 */
class SpreadsheetDescriptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<DisclosureType> importable() {
        return Arrays.stream(DisclosureType.values()).filter(t -> ContentTypes.spreadsheet(t).isPresent()).toList();
    }

    /** The types whose list has fields of its own (a table's columns are its sheet's). */
    static List<DisclosureType> described() {
        return importable().stream().filter(t -> !columns(t).fields().isEmpty()).toList();
    }

    /** The types whose open-data table is made of their list's described fields (a budget adds its part and level). */
    static List<DisclosureType> tabled() {
        return List.of(DisclosureType.HO_NGHEO, DisclosureType.BOI_THUONG, DisclosureType.GIA_DAT,
                DisclosureType.NGAN_SACH);
    }

    /** The row schema of {@code list} as the schema file has it, its {@code $ref} followed. */
    private static JsonNode row(DisclosureType type, String list) throws IOException {
        JsonNode schema = JSON.readTree(Path.of("src/main/resources/schemas", type.code() + ".schema.json").toFile());
        JsonNode items = schema.path("properties").path(list).path("items");
        return items.has("$ref") ? schema.at(items.path("$ref").asText().substring(1)) : items;
    }

    private static ListColumns columns(DisclosureType type) {
        return ContentTypes.spreadsheet(type).orElseThrow().columns();
    }

    @ParameterizedTest
    @MethodSource("importable")
    void everyDescribedFieldIsAFieldOfTheRowOfATypeItsCellFits(DisclosureType type) throws IOException {
        ListColumns columns = columns(type);
        JsonNode properties = row(type, columns.list()).path("properties");
        List<String> wrong = new ArrayList<>();
        for (FieldColumn field : columns.fields()) {
            JsonNode schema = properties.path(field.field());
            List<String> types = new ArrayList<>();
            (schema.path("type").isArray() ? schema.path("type") : JSON.createArrayNode().add(schema.path("type")))
                    .forEach(t -> types.add(t.asText()));
            boolean fits = switch (field.cell()) {
                case TEXT -> types.contains("string");
                case ROW_NUMBER, COUNT -> types.contains("integer") && schema.path("minimum").asInt(0) >= 1;
                case AMOUNT -> types.contains("integer") && schema.path("minimum").asInt(-1) == 0;
                case MEASURE -> types.contains("number");
                case OWN -> !schema.isMissingNode();
            };
            if (schema.isMissingNode() || !fits) {
                wrong.add(field.field() + " (" + field.cell() + ", schema: " + schema.path("type") + ")");
            }
        }
        assertThat(wrong).as(type.code() + ": described fields that are not, or not so, in the schema").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("importable")
    void everyFieldTheRowRequiresHasAWayToBeImported(DisclosureType type) throws IOException {
        ListColumns columns = columns(type);
        List<String> required = new ArrayList<>();
        row(type, columns.list()).path("required").forEach(f -> required.add(f.asText()));
        assertThat(columns.fields().stream().map(FieldColumn::field).toList()).as(type.code())
                .containsAll(required);
    }

    @ParameterizedTest
    @MethodSource("described")
    void aSheetHeadedWithTheSchemasTitlesFindsEveryFieldInItsOwnColumn(DisclosureType type) throws IOException {
        ListColumns columns = columns(type);
        JsonNode properties = row(type, columns.list()).path("properties");
        List<String> titles = columns.fields().stream()
                .map(f -> properties.path(f.field()).path("title").asText()).toList();
        Grid grid = new Grid(List.of(new Grid.Line(1, List.of("DANH SÁCH CÔNG KHAI")), new Grid.Line(2, titles),
                new Grid.Line(3, titles.stream().map(t -> "1").toList())), List.of());
        SheetLayout sheet = SheetLayout.of(grid, columns.knownHeadings());
        Map<String, Integer> expected = new LinkedHashMap<>();
        IntStream.range(0, titles.size()).forEach(i -> expected.put(columns.fields().get(i).field(), i));

        assertThat(sheet).as(type.code() + ": heading row of " + titles).isNotNull();
        assertThat(columns.locate(sheet).columns()).as(type.code()).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest
    @MethodSource("tabled")
    void theOpenDataColumnsAreThePublishedFieldsUnderTheSchemasTitles(DisclosureType type) throws IOException {
        ListColumns columns = columns(type);
        JsonNode properties = row(type, columns.list()).path("properties");
        List<Table.Field> expected = new ArrayList<>();
        for (FieldColumn field : columns.fields()) {
            JsonNode schema = properties.path(field.field());
            String title = field.column() != null ? field.column() : schema.path("title").asText();
            boolean inDong = field.cell() == FieldColumn.Cell.AMOUNT && !title.contains("(");
            if (field.published()) {
                expected.add(Table.field(field.field(), inDong ? title + " (đồng)" : title,
                        schema.path("type").isArray() ? "string" : schema.path("type").asText()));
            }
        }
        assertThat(columns.tableFields()).as(type.code()).isEqualTo(expected);
        assertThat(expected).as(type.code()).hasSizeGreaterThanOrEqualTo(4);
    }

    /** A heading of the open data other than the schema's title is a shorter one, not another name. */
    @ParameterizedTest
    @MethodSource("tabled")
    void anOpenDataHeadingOtherThanTheTitleIsTheTitleShortened(DisclosureType type) throws IOException {
        ListColumns columns = columns(type);
        JsonNode properties = row(type, columns.list()).path("properties");
        for (FieldColumn field : columns.fields()) {
            if (field.column() != null) {
                assertThat(properties.path(field.field()).path("title").asText()).as(type.code() + "." + field.field())
                        .startsWith(field.column() + " ");
            }
        }
    }

    /**
     * A budget's open data is its line's described fields, in their order and under their headings, with the part
     * (revenue or expenditure) before them and the line's level after its text, one row per line, sub-lines after
     * their line.
     */
    @Test
    void theBudgetsOpenDataIsItsLinesDescribedFieldsWithPartAndLevel() {
        BudgetLine fees = new BudgetLine("1", "Phí, lệ phí", 50_000_000L, 25_000_000L, List.of());
        Budget budget = new Budget(2024, BudgetStage.THUC_HIEN_6_THANG, List.of(new BudgetLine("I", "Thu xã hưởng",
                50_000_000L, 25_000_000L, List.of(fees))), List.of(new BudgetLine("I", "Chi thường xuyên",
                40_000_000L, null, List.of())), null);
        Table table = new BudgetKind().table(budget);
        List<Table.Field> described = columns(DisclosureType.NGAN_SACH).tableFields();

        assertThat(table.fields()).containsExactly(Table.field("phan", "Phần", "string"), described.get(0),
                described.get(1), Table.field("cap", "Cấp", "integer"), described.get(2), described.get(3));
        assertThat(described).extracting(Table.Field::name).containsExactly("ma", "noi_dung", "du_toan", "thuc_hien");
        assertThat(table.rows()).containsExactly(
                Arrays.asList("Thu", "I", "Thu xã hưởng", 1, 50_000_000L, 25_000_000L),
                Arrays.asList("Thu", "1", "Phí, lệ phí", 2, 50_000_000L, 25_000_000L),
                Arrays.asList("Chi", "I", "Chi thường xuyên", 1, 40_000_000L, null));
    }
}
