package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON disclosure's own data shown as it is, for types that have no page of their own yet: each list of objects
 * becomes a table, each other value a labelled line.
 *
 * @param value   for a single value, its text; null for a table
 */
public record DataTable(String field, List<String> columns, List<List<String>> rows, String value) {

    /** The blocks of a JSON disclosure's data, leaving out metadata keys, in the file's order. */
    public static List<DataTable> of(JsonNode data, Set<String> skip) {
        List<DataTable> blocks = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (skip.contains(field.getKey()) || field.getKey().startsWith("$")) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                blocks.add(table(field.getKey(), value));
            } else {
                blocks.add(new DataTable(field.getKey(), List.of(), List.of(), text(value)));
            }
        }
        return blocks;
    }

    private static DataTable table(String name, JsonNode rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(columns::add));
        List<List<String>> cells = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> line = new ArrayList<>();
            for (String column : columns) {
                line.add(text(row.path(column)));
            }
            cells.add(line);
        }
        return new DataTable(name, List.copyOf(columns), cells, null);
    }

    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        List<String> parts = new ArrayList<>();
        value.forEach(v -> parts.add(text(v)));
        return String.join("; ", parts);
    }
}
