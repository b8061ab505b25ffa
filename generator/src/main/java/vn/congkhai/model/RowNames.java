package vn.congkhai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.content.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field inside lists as an officer reads it: {@code ho[1].phan_loai} is {@code hộ thứ 2 (Triệu Thị Hoa),
 * phan_loai}, counted from 1 and named by the row's own name. What a list's rows are called and which field names
 * a row come from the type's JSON Schema, so a list is described once: the noun is the array's {@value #NOUN}, or
 * else its items' {@code title}; the naming field is the array's {@value #NAME} (one field, or a list of fields of
 * which the first filled one names the row).
 */
public final class RowNames {

    /** Schema keyword of an array: what one of its rows is called, when its items' title is not a short noun. */
    public static final String NOUN = "x-row";
    /** Schema keyword of an array: the field (or fields, first filled one wins) whose value names a row. */
    public static final String NAME = "x-row-name";

    /** How a row is called when its list is not in the schema (a field the schema does not know). */
    private static final String UNKNOWN_NOUN = "mục";
    /** Longer names (a task's or a question's whole text) are cut: the row is found by its start. */
    private static final int NAME_LENGTH = 40;
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
    /** Characters not echoed in a name: controls and invisible format characters (a bidi override among them). */
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");
    private static final Map<DisclosureType, RowNames> OF = new ConcurrentHashMap<>();

    private final JsonNode schema;

    private RowNames(JsonNode schema) {
        this.schema = schema;
    }

    /** The names of {@code type}'s lists; a Markdown type has only the lists its header shares with every type. */
    public static RowNames of(DisclosureType type) {
        return OF.computeIfAbsent(type, t -> new RowNames(Schemas.of(t).orElseGet(RowNames::header)));
    }

    /** {@link #field(JsonNode, String)} in {@code doc}, as the type its header names (a page if none). */
    public static String field(SourceDocument doc, String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        DisclosureType type = DisclosureType.ofCode(doc.metadata().path("type").asText(""))
                .orElse(DisclosureType.TRANG);
        return of(type).field(doc.metadata(), path);
    }

    /**
     * The field at {@code path} ({@code ho[1].phan_loai}, as messages are built) of the document {@code root}, as an
     * officer reads it: each row as "noun thứ N (name)", the list's own key left out (its noun says it), the keys
     * between rows kept, all joined by ", ": {@code dòng thu thứ 2 (Thu phí, lệ phí), dòng con thứ 3, du_toan}.
     */
    public String field(JsonNode root, String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        List<String> shown = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        JsonNode at = schema;
        JsonNode value = root;
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(1) != null) {
                keys.add(m.group(1));
                at = property(at, m.group(1));
                value = value.path(m.group(1));
                continue;
            }
            int index = Integer.parseInt(m.group(2));
            String noun = noun(at);
            if (noun == null) {
                noun = UNKNOWN_NOUN;
            } else if (!keys.isEmpty()) {
                keys.remove(keys.size() - 1);
            }
            if (!keys.isEmpty()) {
                shown.add(String.join(".", keys));
                keys.clear();
            }
            value = value.path(index);
            String name = name(at, value, path.substring(m.end()));
            shown.add(noun + " thứ " + (index + 1) + (name == null ? "" : " (" + name + ")"));
            at = resolve(at.path("items"));
        }
        if (!keys.isEmpty()) {
            shown.add(String.join(".", keys));
        }
        return String.join(", ", shown);
    }

    /** What one row of {@code array} is called: its {@value #NOUN}, or its items' title in lower case. */
    public String noun(JsonNode array) {
        String noun = array.path(NOUN).asText("");
        if (noun.isEmpty()) {
            String title = resolve(array.path("items")).path("title").asText("");
            noun = title.isEmpty() ? "" : title.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + title.substring(1);
        }
        return noun.isEmpty() ? null : noun;
    }

    /** The fields that may name a row of {@code array}, in the order they are tried. */
    public static List<String> namingFields(JsonNode array) {
        JsonNode name = array.path(NAME);
        List<String> fields = new ArrayList<>();
        if (name.isArray()) {
            name.forEach(n -> fields.add(n.asText()));
        } else if (name.isTextual()) {
            fields.add(name.asText());
        }
        return fields;
    }

    /**
     * The name of {@code row}, or null; not when the field reported ({@code rest} of the path) is the name itself, as
     * the message quotes the wrong value already (an ID number typed into a name is not repeated in the row's name).
     */
    private static String name(JsonNode array, JsonNode row, String rest) {
        for (String field : namingFields(array)) {
            JsonNode value = row.path(field);
            String text = value.isValueNode() && !value.isNull()
                    ? HIDDEN.matcher(value.asText()).replaceAll(" ").replaceAll("\\s+", " ").strip() : "";
            if (!text.isEmpty()) {
                return rest.equals("." + field) ? null : shorten(text);
            }
        }
        return null;
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= NAME_LENGTH) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, NAME_LENGTH));
        int space = cut.lastIndexOf(' ');
        return (space > NAME_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    /** The schema of {@code key} in an object of schema {@code object} (missing when the schema does not say). */
    private JsonNode property(JsonNode object, String key) {
        JsonNode found = object.path("properties").path(key);
        if (found.isMissingNode() && object.path("additionalProperties").isObject()) {
            found = object.path("additionalProperties");
        }
        return resolve(found);
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? schema.at(ref.substring(1)) : node;
    }

    /** A Markdown type's header shares with the JSON types their common metadata, the same in every schema. */
    private static JsonNode header() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        JsonNode any = Schemas.all().values().stream().findFirst().orElse(MissingNode.getInstance());
        root.putObject("properties").set("tep", any.path("properties").path("tep"));
        return root;
    }
}
