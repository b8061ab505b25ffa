package vn.congkhai.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.content.CanonicalJson;
import vn.congkhai.spreadsheet.Values;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form sent back by the editor, read into the JSON document it stands for, field by field as the schema describes
 * them ({@link FormField}). A value the officer left as it was shown is kept exactly as it was in the file; a field
 * the form did not show (a key the schema does not know) is kept from the file; an emptied field is left out. What
 * cannot be read as its type is kept as text, so that the check reports it in the same words as the bake.
 */
final class FormValues {

    /** The name of a field's input: this prefix and the field's JSON pointer ({@code v:/ho/0/chu_ho}). */
    static final String VALUE = "v:";
    /** What a field showed when the form was made, to tell an untouched value from a typed one. */
    static final String SHOWN = "s:";
    /** The number of rows a table had when the form was made ({@code n:/ho}). */
    static final String ROWS = "n:";
    /** The first row of the file a table's form shows, when it shows a page of a long list ({@code d:/ho}). */
    static final String START = "d:";
    /** How many rows of the file, from its first, the table's form stands for ({@code t:/ho}). */
    static final String REPLACES = "t:";
    /**
     * A table's form has at most this many rows: a page, rows added one by one and rows pasted from a spreadsheet
     * (the form's size bounds it first).
     */
    static final int MAX_ROWS = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, String> form;
    private final Set<String> removed = new HashSet<>();
    private boolean keepEmptyRows;
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private final Map<String, RowSlice> slices = new LinkedHashMap<>();

    /** {@code form}: each input's name and its (first) value, as the browser sent them. */
    FormValues(Map<String, String> form) {
        this.form = form;
    }

    /** Reads the form with the row at {@code pointer} left out ("Xoá dòng"). */
    FormValues removing(String pointer) {
        removed.add(pointer);
        return this;
    }

    /**
     * Reads the form with its empty rows kept: while rows are added without saving, a row just added is still empty,
     * and adding another must not drop it. A save drops them.
     */
    FormValues keepingEmptyRows() {
        keepEmptyRows = true;
        return this;
    }

    /** Fields whose JSON could not be read, by pointer, with what was typed (shown again, with the reason). */
    Map<String, String> unreadable() {
        return unreadable;
    }

    /**
     * The rows of each table the form showed, as read: where they start in the list read, how many there are now
     * (rows removed or left empty no longer count), and how many of the file's they stood for.
     */
    Map<String, RowSlice> slices() {
        return slices;
    }

    /** The document: {@code schema}'s fields from the form, the rest from {@code before} (the file as it was). */
    ObjectNode read(JsonNode schema, JsonNode before) {
        return object(schema, schema, "", before);
    }

    private ObjectNode object(JsonNode schema, JsonNode root, String pointer, JsonNode before) {
        return object(schema, root, pointer, before, false);
    }

    /** An object's fields; in a table's row ({@code cells}), a nested list or group is read as its JSON. */
    private ObjectNode object(JsonNode schema, JsonNode root, String pointer, JsonNode before, boolean cells) {
        ObjectNode read = NODES.objectNode();
        Set<String> known = new HashSet<>();
        for (FormField declared : FormField.of(schema, root)) {
            FormField field = cells ? declared.asCell() : declared;
            known.add(field.name());
            String at = pointer + "/" + escape(field.name());
            JsonNode was = before.path(field.name());
            JsonNode value = switch (field.input()) {
                case GROUP -> {
                    ObjectNode group = object(field.schema(), root, at, was);
                    yield group.isEmpty() ? null : group;
                }
                case TABLE -> table(field, root, at, was);
                case LINES -> lines(at, was);
                case JSON -> json(at, was);
                default -> scalar(field, at, was);
            };
            if (value != null && !value.isMissingNode()) {
                read.set(field.name(), value);
            }
        }
        before.fields().forEachRemaining(kept -> { // a key the schema does not know is the bake's to report
            if (!known.contains(kept.getKey())) {
                read.set(kept.getKey(), kept.getValue());
            }
        });
        return read;
    }

    /**
     * A table: the file's rows before the form's page, the rows of the form, then the file's rows after those the page
     * stood for. The conflict check (the file's version) makes sure those are the rows the officer saw around the page.
     */
    private JsonNode table(FormField field, JsonNode root, String at, JsonNode was) {
        String count = form.get(ROWS + at);
        if (count == null || !count.matches("\\d{1,5}")) {
            return was;
        }
        int rows = Math.min(Integer.parseInt(count), MAX_ROWS);
        int fileRows = was.isArray() ? was.size() : 0;
        int start = Math.min(number(form.get(START + at), 0), fileRows);
        int replaces = Math.min(number(form.get(REPLACES + at), fileRows - start), fileRows - start);
        JsonNode items = CanonicalJson.resolve(field.schema().path("items"), root);
        ArrayNode table = NODES.arrayNode();
        for (int i = 0; i < start; i++) {
            table.add(was.get(i));
        }
        for (int i = 0; i < rows; i++) {
            int index = start + i;
            String row = at + "/" + index;
            // after a row was added or removed without saving, the form's rows are no longer the file's
            JsonNode file = i < replaces && showsAsShown(items, root, row, was.path(index)) ? was.path(index)
                    : MissingNode.getInstance();
            ObjectNode read = object(items, root, row, file, true);
            if (!removed.contains(row) && (keepEmptyRows || !read.isEmpty())) { // a row left empty is no row
                table.add(read);
            }
        }
        int shown = table.size() - start;
        for (int i = start + replaces; i < fileRows; i++) {
            table.add(was.get(i));
        }
        slices.put(at, new RowSlice(start, shown, replaces));
        return table.isEmpty() && was.isMissingNode() ? null : table;
    }

    /** A count the form sent back, or {@code otherwise} when it sent none that reads as one. */
    private static int number(String sent, int otherwise) {
        return sent != null && sent.matches("\\d{1,6}") ? Integer.parseInt(sent) : Math.max(otherwise, 0);
    }

    /** Whether the form showed this row of the file as the file has it (each of its fields as shown). */
    private boolean showsAsShown(JsonNode items, JsonNode root, String row, JsonNode was) {
        if (was.isMissingNode()) {
            return false;
        }
        for (FormField column : FormField.of(items, root)) {
            String shown = form.get(SHOWN + row + "/" + escape(column.name()));
            // a JSON cell shows its JSON; a plain cell its value
            if (shown != null && !shown.equals(SchemaForm.shown(was.path(column.name())))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the officer left the field as shown, and what was shown is what the file has there. */
    private boolean untouched(String at, String typed, JsonNode was) {
        String shown = form.get(SHOWN + at);
        return typed.equals(shown) && !was.isMissingNode() && shown.equals(SchemaForm.shown(was));
    }

    private JsonNode lines(String at, JsonNode was) {
        String typed = form.get(VALUE + at);
        if (typed == null) {
            return was;
        }
        if (typed.equals(form.get(SHOWN + at)) && was.isArray()) {
            return was;
        }
        ArrayNode lines = NODES.arrayNode();
        text(typed).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines.isEmpty() ? null : lines;
    }

    private JsonNode json(String at, JsonNode was) {
        String typed = form.get(VALUE + at);
        if (typed == null || typed.equals(form.get(SHOWN + at)) && !was.isMissingNode()) {
            return was;
        }
        if (typed.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text(typed));
        } catch (JsonProcessingException e) {
            unreadable.put(at, typed);
            return was;
        }
    }

    private JsonNode scalar(FormField field, String at, JsonNode was) {
        String typed = form.get(VALUE + at);
        if (typed == null) {
            return was; // not shown in this form
        }
        if (untouched(at, typed, was)) {
            return was; // untouched: exactly as in the file, "7" and 7 alike
        }
        String text = text(typed).strip();
        if (text.isEmpty()) {
            return null;
        }
        List<String> types = FormField.types(field.schema());
        return switch (field.input()) {
            case YES_NO -> text.equals("co") ? BooleanNode.TRUE : text.equals("khong") ? BooleanNode.FALSE
                    : NODES.textNode(text);
            case NUMBER -> number(text, types.contains("integer"));
            default -> {
                // a field that takes a number or a word: the schema's first type says which digits are
                if (types.contains("integer") && !"string".equals(types.get(0)) && text.matches("-?\\d{1,18}")) {
                    yield whole(Long.parseLong(text));
                }
                if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
                    yield BooleanNode.valueOf(text.equals("true"));
                }
                yield NODES.textNode(text);
            }
        };
    }

    /** A number as officers type it ("1.250.000", "12,5 đ"), or the text as typed when it is none. */
    private static JsonNode number(String text, boolean whole) {
        if (whole) {
            return Values.whole(text).map(FormValues::whole).orElse(NODES.textNode(text));
        }
        if (text.matches("-?\\d{1,15}(\\.\\d{1,15})?")) { // as the form shows a fraction: a dot is its point
            return plain(new BigDecimal(text));
        }
        return Values.number(text).map(FormValues::plain).orElse(NODES.textNode(text));
    }

    private static JsonNode plain(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return whole(n.longValueExact());
        }
        double d = n.doubleValue(); // as JSON reads a fraction, when the double holds it exactly
        return BigDecimal.valueOf(d).compareTo(n) == 0 ? NODES.numberNode(d) : NODES.numberNode(n);
    }

    /** A whole number as JSON reads it: an int when it fits, so that 7 typed equals 7 read. */
    private static JsonNode whole(long n) {
        return n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n);
    }

    /** Text as the file keeps it: NFC, LF. */
    private static String text(String typed) {
        return Normalizer.normalize(typed.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }

    /** A key as a JSON pointer writes it. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
