package vn.congkhai.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.RowNames;
import vn.congkhai.model.Schemas;
import vn.congkhai.spreadsheet.Grid;
import vn.congkhai.spreadsheet.Headings;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.RowReading;
import vn.congkhai.spreadsheet.SheetLayout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The spreadsheet columns of a type's list, described once: the row's fields as the type's JSON Schema has them (its
 * Vietnamese titles are the headings looked for, its {@code required} the columns a sheet must have) and, per field,
 * what the schema cannot say ({@link FieldColumn}). The import finds, checks and reads the columns from this alone.
 *
 * @param list          the list field of the disclosure whose rows the sheet's rows become ({@code ho}, {@code dong})
 * @param moreHeadings  folded headings of columns no field takes that still tell the heading row ("ho ngheo")
 */
public record ListColumns(DisclosureType type, String list, List<FieldColumn> fields, List<String> moreHeadings) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public ListColumns {
        fields = List.copyOf(fields);
        moreHeadings = List.copyOf(moreHeadings);
    }

    /** Where each described field stands in a sheet: its column, or -1 when the sheet has none. */
    public record Located(Map<String, Integer> columns) {

        public int column(String field) {
            return columns.getOrDefault(field, -1);
        }
    }

    /** Reads a field the type reads itself ({@link FieldColumn.Cell#OWN}) into the row. */
    @FunctionalInterface
    public interface OwnCell {
        void read(FieldColumn field, RowReading reading, ObjectNode row);
    }

    /** The schema of one row of the list, its {@code $ref} followed. */
    public JsonNode rowSchema() {
        JsonNode schema = Schemas.of(type).orElseThrow();
        JsonNode items = schema.path("properties").path(list).path("items");
        String ref = items.path("$ref").asText("");
        return ref.startsWith("#/") ? schema.at(ref.substring(1)) : items;
    }

    /** The schema's title of {@code field}: "Diện tích (m²)". */
    public String title(String field) {
        return rowSchema().path("properties").path(field).path("title").asText(field);
    }

    public boolean isRequired(String field) {
        for (JsonNode name : rowSchema().path("required")) {
            if (name.asText().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** The folded headings that name {@code field}: its title without what stands in brackets, and its aliases. */
    public List<String> names(FieldColumn field) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Headings.fold(bare(title(field.field()))));
        names.addAll(field.aliases());
        return List.copyOf(names);
    }

    /** How messages name {@code field}: its own words, else its title in lower case ("diện tích"). */
    public String named(FieldColumn field) {
        return field.named() != null ? field.named() : bare(title(field.field())).toLowerCase(VI);
    }

    /** Headings (folded, without diacritics) that tell the heading row from the title rows above it. */
    public List<String> knownHeadings() {
        Set<String> known = new LinkedHashSet<>();
        fields.forEach(f -> known.addAll(names(f)));
        known.addAll(moreHeadings);
        return List.copyOf(known);
    }

    /**
     * Each field's column: the first one whose heading names it. A heading naming several fields goes to the one it
     * names most fully ("Bồi thường tài sản" to {@code boi_thuong_tai_san}, not {@code tai_san}); a column of
     * personal data goes to none.
     */
    public Located locate(SheetLayout sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < sheet.headings().size(); c++) {
            String heading = sheet.headings().get(c);
            if (heading.isBlank() || PersonalColumns.isPersonal(heading)) {
                continue;
            }
            FieldColumn best = null;
            int length = 0;
            for (FieldColumn field : fields) {
                for (String name : names(field)) {
                    if (name.length() > length && Headings.matches(heading, List.of(name))) {
                        best = field;
                        length = name.length();
                    }
                }
            }
            if (best != null) {
                columns.putIfAbsent(best.field(), c);
            }
        }
        return new Located(columns);
    }

    /**
     * The sheet's problems: a column the schema requires that it lacks ({@code Không thấy cột tên chủ hộ. Cách sửa:
     * đặt tên cột là "Họ và tên chủ hộ".}); a row number or a field the type reads itself may be missing.
     */
    public List<String> missing(Located at) {
        List<String> problems = new ArrayList<>();
        for (FieldColumn field : fields) {
            if (field.cell() != FieldColumn.Cell.ROW_NUMBER && field.cell() != FieldColumn.Cell.OWN
                    && isRequired(field.field()) && at.column(field.field()) < 0) {
                String heading = field.heading() != null ? field.heading() : title(field.field());
                problems.add("Không thấy cột " + named(field) + ". Cách sửa: đặt tên cột là \"" + heading + "\".");
            }
        }
        return problems;
    }

    /**
     * The open-data columns of the list: each published field in the order described, under its schema title or the
     * heading its description gives (an amount whose title names no unit said to be in đồng), typed as the schema
     * types it (a field of several types is text).
     */
    public List<Table.Field> tableFields() {
        List<Table.Field> table = new ArrayList<>();
        for (FieldColumn field : fields) {
            if (!field.published()) {
                continue;
            }
            String title = field.column() != null ? field.column() : title(field.field());
            if (field.cell() == FieldColumn.Cell.AMOUNT && !title.contains("(")) {
                title += " (đồng)";
            }
            JsonNode type = rowSchema().path("properties").path(field.field()).path("type");
            table.add(Table.field(field.field(), title, type.isTextual() ? type.asText() : "string"));
        }
        return table;
    }

    /**
     * What the personal-data guard reads each number of a row as ({@link DisclosureKind#peopleColumnKinds}): an
     * amount is {@code tien}; a row number, count, measure, or a text field the schema also takes as a number (a map
     * sheet, a plot) is {@code so}. Free text is left out: the guard reads it for ID numbers and birth dates.
     */
    public Map<String, String> peopleColumnKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (FieldColumn field : fields) {
            JsonNode type = rowSchema().path("properties").path(field.field()).path("type");
            boolean number = type.isArray() ? type.toString().contains("\"integer\"") || type.toString()
                    .contains("\"number\"") : type.asText().equals("integer") || type.asText().equals("number");
            if (field.cell() == FieldColumn.Cell.AMOUNT) {
                kinds.put(field.field(), "tien");
            } else if (number) {
                kinds.put(field.field(), "so");
            }
        }
        return kinds;
    }

    /**
     * The list from the sheet's rows (as {@link #list}), with the columns of personal data noted as left out; a sheet
     * {@link #missing} a column is unreadable. A row that cannot be read is named by its spreadsheet row and the
     * field the schema names rows by ({@value RowNames#NAME}): "Dòng 5 (Triệu Thị Nga): …".
     */
    public ImportResult readSheet(SheetLayout sheet, Located at, OwnCell own) {
        String nameField = Schemas.of(type).orElseThrow().path("properties").path(list).path(RowNames.NAME).asText("");
        List<String> notes = new ArrayList<>();
        PersonalColumns.note(sheet, notes);
        List<String> problems = missing(at);
        if (!problems.isEmpty()) {
            return ImportResult.unreadable(problems, notes);
        }
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        List<String> rowProblems = new ArrayList<>();
        int place = 0;
        for (Grid.Line line : sheet.data()) {
            RowReading reading = new RowReading(line);
            ObjectNode row = read(reading, at, ++place, own);
            if (reading.isRead()) {
                rows.add(row);
            } else {
                rowProblems.add(reading.report(reading.text(at.column(nameField))));
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set(list, rows);
        return new ImportResult(data, rows.size(), rowProblems, List.of(), notes);
    }

    /**
     * One row's fields in the order described; what is wrong goes to {@code reading}. {@code place} is the row's
     * place in the list (its number when the sheet has no number column).
     */
    public ObjectNode read(RowReading reading, Located at, int place, OwnCell own) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (FieldColumn field : fields) {
            int column = at.column(field.field());
            if (field.cell() == FieldColumn.Cell.OWN) {
                own.read(field, reading, row);
            } else if (field.cell() == FieldColumn.Cell.ROW_NUMBER && column < 0) {
                row.put(field.field(), place);
            } else if (field.cell() == FieldColumn.Cell.TEXT ? reading.text(column).isEmpty()
                    : reading.isEmpty(column)) {
                if (isRequired(field.field())) {
                    reading.problem("thiếu " + named(field));
                }
            } else {
                readCell(field, column, reading, row);
            }
        }
        return row;
    }

    private void readCell(FieldColumn field, int column, RowReading reading, ObjectNode row) {
        String name = field.field();
        switch (field.cell()) {
            case ROW_NUMBER, COUNT -> {
                Integer n = reading.count(column, named(field));
                if (n != null) {
                    row.put(name, n);
                }
            }
            case AMOUNT -> {
                Long n = reading.amount(column, named(field));
                if (n != null) {
                    row.put(name, n);
                }
            }
            case MEASURE -> {
                BigDecimal n = reading.positive(column, named(field));
                if (n != null) {
                    row.put(name, n);
                }
            }
            default -> row.put(name, reading.text(column));
        }
    }

    private static String bare(String title) {
        return title.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }
}
