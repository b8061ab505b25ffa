package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The header of a Markdown disclosure as a form: its fields are those every type has (title, date, status, number,
 * posting period, attachments, …), described by the JSON types' schemas, which hold them alike; no second
 * description of them is kept.
 */
final class MarkdownForm {

    private MarkdownForm() {
    }

    /** A schema for the header of {@code type}: the properties every JSON type's schema has, in their order. */
    static ObjectNode schema(DisclosureType type) {
        Collection<JsonNode> schemas = Schemas.all().values();
        Iterator<JsonNode> all = schemas.iterator();
        JsonNode first = all.next();
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        first.path("properties").fields().forEachRemaining(p -> {
            if (!p.getKey().equals("$schema") && schemas.stream().allMatch(s -> s.path("properties").has(p.getKey()))) {
                properties.set(p.getKey(), p.getValue());
            }
        });
        ObjectNode typeField = properties.putObject("type");
        typeField.setAll((ObjectNode) first.path("properties").path("type"));
        typeField.put("const", type.code());
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        schema.putArray("required").add("title").add("date").add("type");
        schema.set("properties", properties);
        return schema;
    }

    /** The header's keys in the form's order, for writing the file back. */
    static List<String> order(ObjectNode schema) {
        List<String> order = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(order::add);
        return order;
    }
}
