package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.text.FileNames;
import vn.congkhai.text.VietnameseText;
import vn.congkhai.validate.SizeLimits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list longer than the bake takes ({@link SizeLimits#MAX_ROWS} rows: a spreadsheet of a whole commune imported at
 * once) split into files the bake takes, as its message asks: by a column whose values group the rows (each hamlet a
 * file), or in order, {@link SizeLimits#MAX_ROWS} rows a file. Each file keeps the shared fields and the rows' order;
 * the first group stays in the file (and its history), the others go to new files beside it.
 */
final class ListSplit {

    /** A way to split: its code (a column's name, or {@link #IN_ORDER}), what the officer reads, and its files. */
    record Way(String code, String label, List<Part> parts) {
    }

    /** One file of a split: what its name and title add, and its rows. */
    record Part(String nameSuffix, String titleSuffix, List<JsonNode> rows) {
    }

    /** The code of the split in order. */
    static final String IN_ORDER = "thu-tu";
    /** More groups than this is no column to split by (a name, a number): one file each would be too many. */
    private static final int MOST_GROUPS = 60;

    private ListSplit() {
    }

    /** The first list of {@code document} longer than the bake takes: its name. */
    static Optional<String> overLimit(JsonNode schema, JsonNode document) {
        for (FormField field : FormField.of(schema, schema)) {
            if (field.input() == FormField.Input.TABLE && document.path(field.name()).size() > SizeLimits.MAX_ROWS) {
                return Optional.of(field.name());
            }
        }
        return Optional.empty();
    }

    /** The ways {@code list} of {@code document} can be split: by each column that groups its rows, then in order. */
    static List<Way> ways(JsonNode schema, JsonNode document, String list, String noun) {
        JsonNode rows = document.path(list);
        FormField table = FormField.of(schema, schema).stream().filter(f -> f.name().equals(list)).findFirst()
                .orElseThrow();
        List<Way> ways = new ArrayList<>();
        for (FormField column : FormField.of(vn.congkhai.content.CanonicalJson.resolve(table.schema().path("items"),
                schema), schema)) {
            if (column.input() == FormField.Input.TEXT) { // a code's groups would be named by codes
                byColumn(column, rows, noun).ifPresent(ways::add);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int start = 0, part = 1; start < rows.size(); start += SizeLimits.MAX_ROWS, part++) {
            List<JsonNode> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(rows.size(), start + SizeLimits.MAX_ROWS); i++) {
                chunk.add(rows.get(i));
            }
            parts.add(new Part("phan-" + part, "phần " + part, chunk));
        }
        ways.add(new Way(IN_ORDER, "Theo thứ tự, mỗi tệp không quá " + n(SizeLimits.MAX_ROWS) + " " + noun + " ("
                + parts.size() + " tệp)", parts));
        return ways;
    }

    /** The split by a column's values, if every row has one, each group fits in a file, and there are few groups. */
    private static Optional<Way> byColumn(FormField column, JsonNode rows, String noun) {
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String value = row.path(column.name()).asText("").strip();
            if (value.isEmpty() || !row.path(column.name()).isTextual()) {
                return Optional.empty();
            }
            groups.computeIfAbsent(value, v -> new ArrayList<>()).add(row);
            if (groups.size() > MOST_GROUPS) {
                return Optional.empty();
            }
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Map.Entry<String, List<JsonNode>> group : groups.entrySet()) {
            String suffix = FileNames.suggest(group.getKey());
            if (group.getValue().size() > SizeLimits.MAX_ROWS || parts.containsKey(suffix)) {
                return Optional.empty();
            }
            String said = VietnameseText.fold(group.getKey()).startsWith(VietnameseText.fold(column.label()))
                    ? group.getKey() : column.label() + " " + group.getKey();
            parts.put(suffix, new Part(suffix, said, group.getValue()));
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder("Theo " + column.label().toLowerCase(java.util.Locale.forLanguageTag(
                "vi")) + ", mỗi nhóm một tệp (" + parts.size() + " tệp: ");
        groups.forEach((value, in) -> label.append(value).append(" ").append(n(in.size())).append(" ").append(noun)
                .append(", "));
        label.setLength(label.length() - 2);
        return Optional.of(new Way(column.name(), label.append(")").toString(), List.copyOf(parts.values())));
    }

    /** The document of one part: the shared fields as they are, the title told apart, the part's rows. */
    static ObjectNode document(ObjectNode whole, String list, Part part) {
        ObjectNode one = whole.deepCopy();
        one.put("title", whole.path("title").asText() + " - " + part.titleSuffix());
        ArrayNode rows = one.putArray(list);
        part.rows().forEach(rows::add);
        return one;
    }

    private static String n(long value) {
        return vn.congkhai.text.VietnameseFormat.number(value);
    }
}
