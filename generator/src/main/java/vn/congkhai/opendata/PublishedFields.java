package vn.congkhai.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Keeps only the fields a type publishes: those its JSON Schema defines, at every depth ({@code $ref}s followed),
 * without the editor's {@code $schema} and the workflow's {@code status}. Whatever else a file might carry never
 * reaches the published JSON.
 */
public final class PublishedFields {

    private static final Set<String> NOT_PUBLISHED = Set.of("$schema", "status");

    private PublishedFields() {
    }

    public static JsonNode project(JsonNode value, JsonNode schema) {
        return project(value, schema, schema);
    }

    private static JsonNode project(JsonNode value, JsonNode rule, JsonNode root) {
        JsonNode r = resolve(rule, root);
        if (value.isObject()) {
            JsonNode properties = r.path("properties");
            boolean open = !r.has("properties") && !r.path("additionalProperties").isBoolean();
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (NOT_PUBLISHED.contains(f.getKey()) && rule == root) {
                    continue;
                }
                if (properties.has(f.getKey())) {
                    out.set(f.getKey(), project(f.getValue(), properties.get(f.getKey()), root));
                } else if (open) {
                    out.set(f.getKey(), f.getValue());
                }
            }
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> out.add(project(item, r.path("items"), root)));
            return out;
        }
        return value;
    }

    private static JsonNode resolve(JsonNode rule, JsonNode root) {
        JsonNode r = rule;
        while (r.has("$ref") && r.path("$ref").asText().startsWith("#/")) {
            JsonNode target = root;
            for (String part : r.path("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            r = target;
        }
        return r;
    }
}
