package vn.congkhai.content;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A JSON disclosure written as an officer would have written it: keys in the order of the type's schema (keys it does
 * not name after them, as they came), two spaces of indent, {@code "key": value}, text in NFC, LF line ends and a final
 * newline; in a list, one element per line, a row of plain values on its line ({@code {"stt": 1, "chu_ho": "…"}}), so
 * that the file's history shows a changed row as one changed line. The same document always gives the same bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** {@code document} written against {@code schema} (the type's JSON Schema; its {@code $ref}s are followed). */
    public static String write(JsonNode document, JsonNode schema) {
        StringBuilder out = new StringBuilder();
        write(document, schema, schema, "", false, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode value, JsonNode schema, JsonNode root, String indent, boolean element,
                              StringBuilder out) {
        JsonNode own = resolve(schema, root);
        if (value.isObject()) {
            if (value.isEmpty()) {
                out.append("{}");
                return;
            }
            JsonNode properties = own.path("properties");
            boolean row = element && isRow(value);
            out.append(row ? "{" : "{\n");
            String inner = indent + "  ";
            Iterator<String> names = order(value, properties).iterator();
            while (names.hasNext()) {
                String name = names.next();
                out.append(row ? "" : inner);
                string(name, out);
                out.append(": ");
                write(value.get(name), properties.path(name), root, inner, false, out);
                out.append(names.hasNext() ? (row ? ", " : ",\n") : (row ? "" : "\n"));
            }
            out.append(row ? "" : indent).append('}');
        } else if (value.isArray()) {
            if (value.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < value.size(); i++) {
                out.append(inner);
                write(value.get(i), own.path("items"), root, inner, true, out);
                out.append(i + 1 < value.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value.isTextual()) {
            string(value.textValue(), out);
        } else {
            out.append(value.toString()); // numbers, true, false, null as JSON writes them
        }
    }

    /** The schema's keys that {@code value} has, in the schema's order, then its other keys as they came. */
    private static Set<String> order(JsonNode value, JsonNode properties) {
        Set<String> order = new LinkedHashSet<>();
        properties.fieldNames().forEachRemaining(name -> {
            if (value.has(name)) {
                order.add(name);
            }
        });
        value.fieldNames().forEachRemaining(order::add);
        return order;
    }

    /** An object of plain values only: written on one line when it is an element of a list. */
    private static boolean isRow(JsonNode object) {
        for (JsonNode field : object) {
            if (field.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** The schema a {@code $ref} ({@code #/definitions/…}) stands for, or {@code schema} itself. */
    public static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode at = schema;
        for (int hops = 0; at != null && at.has("$ref") && hops < 16; hops++) { // bounded: a ref may point at a ref
            String ref = at.get("$ref").asText();
            at = ref.startsWith("#") ? root.at(ref.substring(1)) : at;
            if (at.isMissingNode()) {
                return schema;
            }
        }
        return at == null ? schema : at;
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(Normalizer.normalize(text, Normalizer.Form.NFC), out);
        out.append('"');
    }
}
