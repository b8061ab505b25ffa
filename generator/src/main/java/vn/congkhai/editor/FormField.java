package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.CanonicalJson;

import java.util.ArrayList;
import java.util.List;

/**
 * What the editor makes of one field of a type's JSON Schema: which input shows it, and how the typed text becomes the
 * JSON value again. The schema is the one description of a field: its Vietnamese title is the label, its description
 * the help, its enum the choices, its pattern the date field.
 */
record FormField(String name, JsonNode schema, Input input) {

    /** The inputs a field can have, each of which works without script. */
    enum Input {
        /** A fixed value ({@code const}: the type's code), sent back unchanged. */
        FIXED,
        /** One of the schema's codes, shown by its label. */
        CHOICE,
        /** Yes, no or not said. */
        YES_NO,
        /** A date, year-month-day. */
        DATE,
        /** A whole number or an amount; separators typed by the officer are taken out. */
        NUMBER,
        /** A line or a paragraph of text. */
        TEXT,
        /** A group of fields. */
        GROUP,
        /** A list of rows of plain values: a table with rows to add and remove. */
        TABLE,
        /** A list of plain values: one per line. */
        LINES,
        /** Anything else (a list of lists, a choice of shapes): its JSON, for technical staff. */
        JSON
    }

    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /** A property that only names another one ("tên khác của lich"): shown only when the file uses it. */
    private static final String ALIAS = "Tên khác được chấp nhận của trường";

    /** The fields of an object's schema, in its order. */
    static List<FormField> of(JsonNode objectSchema, JsonNode root) {
        JsonNode own = CanonicalJson.resolve(objectSchema, root);
        List<FormField> fields = new ArrayList<>();
        own.path("properties").fields().forEachRemaining(property -> {
            JsonNode schema = CanonicalJson.resolve(property.getValue(), root);
            fields.add(new FormField(property.getKey(), schema, inputFor(schema, root)));
        });
        return fields;
    }

    private static Input inputFor(JsonNode schema, JsonNode root) {
        if (schema.has("const")) {
            return Input.FIXED;
        }
        if (schema.has("enum")) {
            return Input.CHOICE;
        }
        List<String> types = types(schema);
        if (types.equals(List.of("boolean"))) {
            return Input.YES_NO;
        }
        if (types.equals(List.of("string")) && DATE_PATTERN.equals(schema.path("pattern").asText())) {
            return Input.DATE;
        }
        if (types.equals(List.of("integer")) || types.equals(List.of("number"))) {
            return Input.NUMBER;
        }
        if (types.equals(List.of("object"))) {
            return schema.path("properties").isEmpty() ? Input.JSON : Input.GROUP; // a map of codes: its JSON
        }
        if (types.equals(List.of("array"))) {
            JsonNode items = CanonicalJson.resolve(schema.path("items"), root);
            List<String> itemTypes = types(items);
            if (itemTypes.equals(List.of("object")) && items.has("properties")) {
                return Input.TABLE; // a row's nested list or group is a cell of JSON (asCell)
            }
            if (itemTypes.equals(List.of("string")) && !items.has("enum")) {
                return Input.LINES;
            }
            return Input.JSON;
        }
        if (types.isEmpty() || types.contains("object") || types.contains("array") || schema.has("anyOf")
                || schema.has("oneOf")) {
            return Input.JSON;
        }
        return Input.TEXT; // a string, or a number or a word (muc_cong_khai), or text or true (du_lieu_mau)
    }

    /** The field as a cell of a table's row: a plain value as it is, anything larger as its JSON. */
    FormField asCell() {
        return switch (input) {
            case GROUP, TABLE, LINES -> new FormField(name, schema, Input.JSON);
            default -> this;
        };
    }

    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    String label() {
        return schema.path("title").asText(name);
    }

    String help() {
        return schema.path("description").asText("");
    }

    /** Whether the field is the last day of a period (niêm yết, lấy ý kiến, áp dụng … đến ngày): a deadline. */
    boolean endsAPeriod() {
        return input == Input.DATE && label().endsWith("đến ngày");
    }

    boolean alias() {
        return help().startsWith(ALIAS);
    }
}
